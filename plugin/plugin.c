/* plugin.c - the symbols Wireshark's plugin loader looks for.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#define WS_BUILD_DLL
#include "ws_compat.h"

#include <epan/proto.h>

#if SIPDIAG_WS_AT_LEAST(4, 4)
#include <wsutil/plugins.h>
#endif

void proto_register_sipdiag(void);
void proto_reg_handoff_sipdiag(void);

WS_DLL_PUBLIC_DEF const char plugin_version[] = SIPDIAG_VERSION;
WS_DLL_PUBLIC_DEF const int plugin_want_major = WIRESHARK_VERSION_MAJOR;
WS_DLL_PUBLIC_DEF const int plugin_want_minor = WIRESHARK_VERSION_MINOR;

WS_DLL_PUBLIC void plugin_register(void);
#if SIPDIAG_WS_AT_LEAST(4, 4)
WS_DLL_PUBLIC uint32_t plugin_describe(void);

uint32_t
plugin_describe(void)
{
    return WS_PLUGIN_DESC_DISSECTOR;
}
#endif

void
plugin_register(void)
{
    static proto_plugin plugin_sipdiag;

    plugin_sipdiag.register_protoinfo = proto_register_sipdiag;
    plugin_sipdiag.register_handoff = proto_reg_handoff_sipdiag;
    proto_register_plugin(&plugin_sipdiag);
}
