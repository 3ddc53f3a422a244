/* tree.h - the "SIP Diagnostics" subtree and Expert Info of a response.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_TREE_H
#define SIPDIAG_TREE_H

#include <epan/packet.h>

#include "messages.h"

/* Registers the sipdiag.* fields, subtrees and expert items under proto. */
void sipdiag_tree_register(int proto);

/* Adds one response's diagnosis under tree, with its expert item. */
void sipdiag_tree_add_response(proto_tree *tree, packet_info *pinfo,
                               const sipdiag_response_t *response);

#endif /* SIPDIAG_TREE_H */
