/* stats.c - counts responses by class, category, code and method, split
 * into faults, expected outcomes and responses explained without a
 * verdict; each finding carries the first step of its fix.  The tree
 * sorts by count, so the most frequent faults come first.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "stats.h"
#include "ws_compat.h"

#include "prefs.h"

#include <epan/stats_tree.h>
#include <epan/tap.h>

typedef struct {
    unsigned code;
    sipdiag_class_t klass;
    const char *phrase;        /* NULL for unregistered and invalid codes */
    const char *category;      /* NULL for invalid codes */
    const char *method;        /* NULL when the CSeq is missing */
    const sipdiag_rule_t *rule;
} response_record_t;

static int sipdiag_tap = -1;

/* Top-level nodes, in the order shown: the findings first. */
static const char *const node_names[] = {
    "Faults", "Expected outcomes", "Explained in their flow, no verdict",
    "Responses by verdict in their flow", "Responses by class", "Responses by category",
    "Responses by code", "Responses by method answered",
};
enum { FAULTS, EXPECTED, EXPLAINED, VERDICTS, CLASSES, CATEGORIES, CODES, METHODS, NODE_COUNT };

/* The longest fix shown under a finding, in bytes. */
#define FIX_NODE_MAX 110

/* Where a rule's findings go, and its name in the verdict counts. */
static const struct {
    int node;
    const char *verdict;
} of_verdict[] = {
    [SIPDIAG_VERDICT_NEUTRAL] = { EXPLAINED, "Explained, no verdict" },
    [SIPDIAG_VERDICT_EXPECTED] = { EXPECTED, "Expected" },
    [SIPDIAG_VERDICT_FAULT] = { FAULTS, "Fault" },
};
static int nodes[NODE_COUNT];

static const char *const class_nodes[] = {
    "Invalid code", "1xx Provisional", "2xx Success", "3xx Redirection",
    "4xx Client Failure", "5xx Server Failure", "6xx Global Failure",
};

static void
init_tree(stats_tree *st)
{
    for (int i = 0; i < NODE_COUNT; i++)
        nodes[i] = stats_tree_create_node(st, node_names[i], 0, STAT_DT_INT, TRUE);
}

/* Counts under a top-level node, and the node itself. */
static int
tick(stats_tree *st, int node, const char *name, gboolean with_children)
{
    tick_stat_node(st, node_names[node], 0, TRUE);
    return tick_stat_node(st, name, nodes[node], with_children);
}

static tap_packet_status
count_response(stats_tree *st, packet_info *pinfo _U_, epan_dissect_t *edt _U_,
               const void *data, tap_flags_t flags _U_)
{
    const response_record_t *r = data;
    char name[128];

    tick(st, CLASSES, class_nodes[r->klass], FALSE);
    if (r->category != NULL)
        tick(st, CATEGORIES, r->category, FALSE);
    if (r->phrase != NULL)
        g_snprintf(name, sizeof name, "%u %s", r->code, r->phrase);
    else
        g_snprintf(name, sizeof name, "%u (unregistered or invalid)", r->code);
    const char *method = r->method != NULL ? r->method : "(no CSeq)";
    tick_stat_node(st, method, tick(st, CODES, name, TRUE), FALSE);
    tick(st, METHODS, method, FALSE);

    if (r->rule == NULL) {
        tick(st, VERDICTS, "No context rule", FALSE);
        return TAP_PACKET_REDRAW;
    }
    const sipdiag_rule_texts_t *texts = sipdiag_rule_texts(r->rule, sipdiag_prefs_lang());
    tick(st, VERDICTS, of_verdict[r->rule->verdict].verdict, FALSE);
    char finding[256];
    g_snprintf(finding, sizeof finding, "%s to %s: %s", name, method, texts->context);
    int finding_node = tick(st, of_verdict[r->rule->verdict].node, finding, TRUE);
    /* The fix's first sentence, under its finding; cut at a word past
     * FIX_NODE_MAX bytes, so that the GUI's column stays readable (the
     * packet tree has it whole). */
    char fix[FIX_NODE_MAX + 16];
    size_t sentence = sipdiag_first_sentence_length(texts->fix);
    size_t length = sipdiag_word_cut(texts->fix, sentence, FIX_NODE_MAX);
    g_snprintf(fix, sizeof fix, "Fix: %.*s%s", (int)length, texts->fix,
               length < sentence ? "\u2026" : "");
    tick_stat_node(st, fix, finding_node, FALSE);
    return TAP_PACKET_REDRAW;
}

void
sipdiag_stats_register(void)
{
    sipdiag_tap = register_tap("sipdiag");
    /* The counts need no protocol tree: messages come from a tap. */
    stats_tree_register_plugin("sipdiag", "sipdiag", "SIP Diagnostics", 0,
                               count_response, init_tree, NULL);
}

bool
sipdiag_stats_listening(void)
{
    return have_tap_listener(sipdiag_tap);
}

void
sipdiag_stats_count(packet_info *pinfo, const sipdiag_lookup_t *lk, const char *method,
                    const sipdiag_rule_t *rule)
{
    if (!sipdiag_stats_listening())
        return;
    response_record_t *r = wmem_new(pinfo->pool, response_record_t);
    r->code = lk->code;
    r->klass = lk->klass;
    r->phrase = lk->status == SIPDIAG_REGISTERED || lk->status == SIPDIAG_LEGACY
                    ? lk->row->phrase : NULL;
    r->category = lk->row != NULL ? sipdiag_category_key(lk->row->category) : NULL;
    r->method = method != NULL ? wmem_strdup(pinfo->pool, method) : NULL;
    r->rule = rule;
    tap_queue_packet(sipdiag_tap, pinfo, r);
}
