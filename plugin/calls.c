/* calls.c - `tshark -z sipdiag,calls`: once the capture has been read, one
 * row per call (by Call-ID, in order of first message): when it started,
 * from and to which address, its outcome, post-dial delay, setup time and
 * duration, and what failed with the frame to look at.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "calls.h"
#include "ws_compat.h"

#include <epan/stat_tap_ui.h>
#include <epan/tap.h>
#include <stdio.h>

#include "sipdiag.h"

/* "1.25 s", or "-" when unknown. */
static void
seconds(char *out, size_t size, double value)
{
    if (value < 0)
        g_strlcpy(out, "-", size);
    else
        g_snprintf(out, size, "%.2f s", value);
}

/* What went wrong when no response says it, by outcome. */
static const char *const timer_faults[SIPDIAG_OUTCOME_COUNT] = {
    [SIPDIAG_OUTCOME_UNREACHABLE] = "no response at all (Timer B)",
    [SIPDIAG_OUTCOME_NO_ANSWER] = "no final response (Timer C)",
    [SIPDIAG_OUTCOME_TORN_DOWN_NO_ACK] = "2xx never acknowledged (64*T1)",
    [SIPDIAG_OUTCOME_TORN_DOWN_REFRESH_FAILED] = "session refresh failed",
};

/* What went wrong, and where to look: "486 Busy Here in #12 from ...". */
static void
fault_of(const sipdiag_call_outcome_t *call, char *out, size_t size)
{
    sipdiag_lookup_t lk;
    if (call->outcome == SIPDIAG_OUTCOME_FAILED) {
        sipdiag_lookup(call->final_code, &lk);
        g_snprintf(out, size, "%u %s in #%u from %s", call->final_code,
                   lk.row != NULL && lk.status != SIPDIAG_UNREGISTERED ? lk.row->phrase : "",
                   call->final, call->final_from != NULL ? call->final_from : "?");
    } else if (call->outcome == SIPDIAG_OUTCOME_TORN_DOWN_CAUSE) {
        g_snprintf(out, size, "BYE with Q.850 cause %u in #%u", call->q850_cause, call->bye);
    } else if (timer_faults[call->outcome] != NULL) {
        g_snprintf(out, size, "%s, certain in #%u", timer_faults[call->outcome], call->decided);
    } else {
        out[0] = '\0';
    }
}

static void
draw_calls(void *data _U_)
{
    const sipdiag_flows_t *flows = sipdiag_finished_flows();
    unsigned count = flows != NULL ? sipdiag_flows_call_count(flows) : 0;
    printf("\n===================================================================\n");
    printf("SIP Diagnostics: calls\n");
    printf("%-8s %-22s %-22s %-26s %9s %9s %9s  %s\n", "INVITE", "From", "To", "Outcome",
           "PDD", "Setup", "Duration", "Fault");
    unsigned shown = 0;
    for (unsigned i = 0; i < count; i++) {
        sipdiag_call_outcome_t call;
        if (!sipdiag_flows_outcome_at(flows, i, &call) || call.outcome == SIPDIAG_OUTCOME_NOT_A_CALL)
            continue;
        char pdd[16], setup[16], duration[16], fault[160];
        seconds(pdd, sizeof pdd, call.post_dial_delay);
        seconds(setup, sizeof setup, call.setup_time);
        seconds(duration, sizeof duration, call.duration);
        fault_of(&call, fault, sizeof fault);
        const char *to = call.callee != NULL ? call.callee : call.final_from;
        printf("#%-7u %-22s %-22s %-26s %9s %9s %9s  %s\n", call.invite,
               call.caller != NULL ? call.caller : "-", to != NULL ? to : "-",
               sipdiag_outcome_key(call.outcome), pdd, setup, duration, fault);
        shown++;
    }
    printf("%u call%s\n", shown, shown == 1 ? "" : "s");
    printf("===================================================================\n");
}

static tap_packet_status
no_packet(void *tapdata _U_, packet_info *pinfo _U_, epan_dissect_t *edt _U_,
          const void *data _U_, tap_flags_t flags _U_)
{
    return TAP_PACKET_DONT_REDRAW;
}

static sipdiag_stat_init_t
init_calls(const char *opt_arg _U_, void *userdata _U_)
{
    /* Draws once the capture has been read; the messages themselves are
     * learnt by the postdissector. */
    static char listener; /* the listener's identity; it keeps no data */
    GString *error = register_tap_listener("sipdiag", &listener, NULL, TL_REQUIRES_NOTHING,
                                           NULL, no_packet, draw_calls, NULL);
    if (error != NULL) {
        fprintf(stderr, "sipdiag: -z sipdiag,calls: %s\n", error->str);
        g_string_free(error, TRUE);
    }
    SIPDIAG_STAT_INIT_DONE(error == NULL);
}

static stat_tap_ui calls_ui = {
    SIPDIAG_STAT_GROUP_TELEPHONY, "SIP Diagnostics: calls", "sipdiag,calls", init_calls, 0,
    NULL,
};

void
sipdiag_calls_register(void)
{
    register_stat_tap_ui(&calls_ui, NULL);
}
