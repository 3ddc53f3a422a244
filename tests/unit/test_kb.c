/* test_kb.c - the knowledge base against the IANA registry and our own
 * writing rules.
 *
 * The expected registry below is typed in from the IANA "Response Codes"
 * table independently of src/kb.c, so a slip in either shows up here.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sipdiag.h"
#include "texts.h"

#include <glib.h>
#include <string.h>

typedef struct {
    unsigned code;
    const char *phrase;
    unsigned rfc;
} expected_code_t;

static const expected_code_t iana[] = {
    {100, "Trying", 3261}, {180, "Ringing", 3261}, {181, "Call Is Being Forwarded", 3261},
    {182, "Queued", 3261}, {183, "Session Progress", 3261},
    {199, "Early Dialog Terminated", 6228}, {200, "OK", 3261},
    {202, "Accepted (Deprecated)", 6665}, {204, "No Notification", 5839},
    {300, "Multiple Choices", 3261}, {301, "Moved Permanently", 3261},
    {302, "Moved Temporarily", 3261}, {305, "Use Proxy", 3261},
    {380, "Alternative Service", 3261}, {400, "Bad Request", 3261},
    {401, "Unauthorized", 3261}, {402, "Payment Required", 3261}, {403, "Forbidden", 3261},
    {404, "Not Found", 3261}, {405, "Method Not Allowed", 3261},
    {406, "Not Acceptable", 3261}, {407, "Proxy Authentication Required", 3261},
    {408, "Request Timeout", 3261}, {410, "Gone", 3261},
    {412, "Conditional Request Failed", 3903}, {413, "Request Entity Too Large", 3261},
    {414, "Request-URI Too Long", 3261}, {415, "Unsupported Media Type", 3261},
    {416, "Unsupported URI Scheme", 3261}, {417, "Unknown Resource-Priority", 4412},
    {420, "Bad Extension", 3261}, {421, "Extension Required", 3261},
    {422, "Session Interval Too Small", 4028}, {423, "Interval Too Brief", 3261},
    {424, "Bad Location Information", 6442}, {425, "Bad Alert Message", 8876},
    {428, "Use Identity Header", 8224}, {429, "Provide Referrer Identity", 3892},
    {430, "Flow Failed", 5626}, {433, "Anonymity Disallowed", 5079},
    {436, "Bad Identity Info", 8224}, {437, "Unsupported Credential", 8224},
    {438, "Invalid Identity Header", 8224}, {439, "First Hop Lacks Outbound Support", 5626},
    {440, "Max-Breadth Exceeded", 5393}, {469, "Bad Info Package", 6086},
    {470, "Consent Needed", 5360}, {480, "Temporarily Unavailable", 3261},
    {481, "Call/Transaction Does Not Exist", 3261}, {482, "Loop Detected", 3261},
    {483, "Too Many Hops", 3261}, {484, "Address Incomplete", 3261},
    {485, "Ambiguous", 3261}, {486, "Busy Here", 3261}, {487, "Request Terminated", 3261},
    {488, "Not Acceptable Here", 3261}, {489, "Bad Event", 6665},
    {491, "Request Pending", 3261}, {493, "Undecipherable", 3261},
    {494, "Security Agreement Required", 3329}, {500, "Server Internal Error", 3261},
    {501, "Not Implemented", 3261}, {502, "Bad Gateway", 3261},
    {503, "Service Unavailable", 3261}, {504, "Server Time-out", 3261},
    {505, "Version Not Supported", 3261}, {513, "Message Too Large", 3261},
    {555, "Push Notification Service Not Supported", 8599},
    {580, "Precondition Failure", 3312}, {600, "Busy Everywhere", 3261},
    {603, "Decline", 3261}, {604, "Does Not Exist Anywhere", 3261},
    {606, "Not Acceptable", 3261}, {607, "Unwanted", 8197}, {608, "Rejected", 8688},
};

static void
test_registry_matches_iana(void)
{
    size_t count, registered = 0;
    const sipdiag_code_row_t *rows = sipdiag_rows(&count);

    g_assert_cmpuint(G_N_ELEMENTS(iana), ==, 75);
    for (size_t i = 0; i < count; i++)
        registered += rows[i].status == SIPDIAG_REGISTERED;
    g_assert_cmpuint(registered, ==, 75);
    for (size_t i = 0; i < G_N_ELEMENTS(iana); i++) {
        sipdiag_lookup_t lk;
        g_assert_true(sipdiag_lookup(iana[i].code, &lk));
        g_assert_cmpint(lk.status, ==, SIPDIAG_REGISTERED);
        g_assert_cmpuint(lk.row->code, ==, iana[i].code);
        g_assert_cmpstr(lk.row->phrase, ==, iana[i].phrase);
        g_assert_cmpuint(lk.row->rfc, ==, iana[i].rfc);
        g_assert_cmpint(lk.klass, ==, (int)(iana[i].code / 100));
    }
}

static void
test_registry_per_class_counts(void)
{
    size_t count, per_class[7] = { 0 };
    const sipdiag_code_row_t *rows = sipdiag_rows(&count);
    for (size_t i = 0; i < count; i++) {
        if (rows[i].status == SIPDIAG_REGISTERED)
            per_class[rows[i].code / 100]++;
        if (i > 0)
            g_assert_cmpuint(rows[i - 1].code, <, rows[i].code);
    }
    g_assert_cmpuint(per_class[1], ==, 6);
    g_assert_cmpuint(per_class[2], ==, 3);
    g_assert_cmpuint(per_class[3], ==, 5);
    g_assert_cmpuint(per_class[4], ==, 46);
    g_assert_cmpuint(per_class[5], ==, 9);
    g_assert_cmpuint(per_class[6], ==, 6);
}

static void
test_legacy_codes(void)
{
    static const expected_code_t legacy[] = { { 409, "Conflict", 2543 },
                                              { 411, "Length Required", 2543 } };
    char note[160];
    for (size_t i = 0; i < G_N_ELEMENTS(legacy); i++) {
        sipdiag_lookup_t lk;
        g_assert_true(sipdiag_lookup(legacy[i].code, &lk));
        g_assert_cmpint(lk.status, ==, SIPDIAG_LEGACY);
        g_assert_cmpstr(lk.row->phrase, ==, legacy[i].phrase);
        g_assert_cmpuint(lk.row->rfc, ==, 2543);
    }
    sipdiag_lookup_t lk;
    sipdiag_lookup(409, &lk);
    sipdiag_status_note(&lk, note, sizeof note);
    g_assert_cmpstr(note, ==, "legacy code of RFC 2543, not in the IANA registry; "
                              "RFC 3261 peers handle it as 400 Bad Request");
}

static void
test_unregistered_fall_back_to_x00(void)
{
    static const struct { unsigned code, base; } cases[] = {
        { 101, 100 }, { 299, 200 }, { 399, 300 }, { 499, 400 }, { 478, 400 },
        { 599, 500 }, { 699, 600 }, { 601, 600 },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        sipdiag_lookup_t lk;
        g_assert_true(sipdiag_lookup(cases[i].code, &lk));
        g_assert_cmpint(lk.status, ==, SIPDIAG_UNREGISTERED);
        g_assert_cmpuint(lk.code, ==, cases[i].code);
        g_assert_cmpuint(lk.row->code, ==, cases[i].base);
        g_assert_cmpint(lk.klass, ==, (int)(cases[i].code / 100));
    }
    sipdiag_lookup_t lk;
    char note[160];
    sipdiag_lookup(499, &lk);
    sipdiag_status_note(&lk, note, sizeof note);
    g_assert_cmpstr(note, ==, "unregistered code, handled as 400 Bad Request (RFC 3261 §8.1.3.2)");
    char *title = sipdiag_title(&lk);
    g_assert_cmpstr(title, ==, "SIP 499");
    g_free(title);
}

static void
test_invalid_codes(void)
{
    static const unsigned invalid[] = { 0, 1, 99, 700, 999, 1000, 65535 };
    for (size_t i = 0; i < G_N_ELEMENTS(invalid); i++) {
        sipdiag_lookup_t lk;
        g_assert_false(sipdiag_lookup(invalid[i], &lk));
        g_assert_cmpint(lk.status, ==, SIPDIAG_INVALID);
        g_assert_cmpint(lk.klass, ==, SIPDIAG_CLASS_INVALID);
        g_assert_null(lk.row);
    }
    sipdiag_lookup_t lk;
    char note[160];
    sipdiag_lookup(999, &lk);
    sipdiag_status_note(&lk, note, sizeof note);
    g_assert_cmpstr(note, ==, "999 is not a SIP status code: codes run from 100 to 699");
    /* A small buffer truncates, still terminated. */
    sipdiag_status_note(&lk, note, 4);
    g_assert_cmpstr(note, ==, "999");
}

static void
test_parse_code(void)
{
    unsigned code = 0;
    g_assert_true(sipdiag_parse_code("486", 3, &code));
    g_assert_cmpuint(code, ==, 486);
    g_assert_true(sipdiag_parse_code("099", 3, &code));
    g_assert_cmpuint(code, ==, 99);
    static const char *const bad[] = { "", "48", "4866", "abc", "4a6", " 48", "-48", "+48" };
    for (size_t i = 0; i < G_N_ELEMENTS(bad); i++)
        g_assert_false(sipdiag_parse_code(bad[i], strlen(bad[i]), &code));
    g_assert_false(sipdiag_parse_code(NULL, 3, &code));
}

/* --- the texts ------------------------------------------------------- */

static void
assert_text_is_clean(unsigned code, const char *field, const char *text)
{
    static GRegex *doubled, *placeholder;
    if (doubled == NULL) {
        doubled = g_regex_new("\\b(\\w+)\\s+\\1\\b", G_REGEX_CASELESS, 0, NULL);
        /* Upper case only: "Todo" is a Spanish word, "TODO" a slip. */
        placeholder = g_regex_new("TODO|TBD|FIXME|XXX|[Ll]orem|\\{\\w*\\}|<[a-z_ ]+>|%[sdu]|\\?\\?",
                                  0, 0, NULL);
    }
    GMatchInfo *match;
    if (text == NULL || text[0] == '\0')
        g_error("%u: %s is empty", code, field);
    if (g_regex_match(doubled, text, 0, &match)) {
        char *word = g_match_info_fetch(match, 0);
        g_error("%u: %s has a doubled word: '%s'", code, field, word);
    }
    g_match_info_free(match);
    if (g_regex_match(placeholder, text, 0, &match)) {
        char *found = g_match_info_fetch(match, 0);
        g_error("%u: %s has a placeholder: '%s'", code, field, found);
    }
    g_match_info_free(match);
    g_assert_true(g_utf8_validate(text, -1, NULL));
    g_assert_false(g_str_has_suffix(text, " "));
    g_assert_null(strstr(text, "  "));
}

static const struct {
    sipdiag_lang_t lang;
    const sipdiag_text_row_t *rows;
    const size_t *count;
} text_tables[] = {
    { SIPDIAG_LANG_EN, sipdiag_texts_en, &sipdiag_texts_en_count },
    { SIPDIAG_LANG_FR, sipdiag_texts_fr, &sipdiag_texts_fr_count },
    { SIPDIAG_LANG_ES, sipdiag_texts_es, &sipdiag_texts_es_count },
};

static void
test_tables_aligned_and_complete(void)
{
    size_t count;
    const sipdiag_code_row_t *rows = sipdiag_rows(&count);
    for (size_t t = 0; t < G_N_ELEMENTS(text_tables); t++) {
        g_assert_true(sipdiag_lang_has_texts(text_tables[t].lang));
        g_assert_cmpuint(*text_tables[t].count, ==, count);
        for (size_t i = 0; i < count; i++) {
            g_assert_cmpuint(text_tables[t].rows[i].code, ==, rows[i].code);
            g_assert_true(sipdiag_texts(&rows[i], text_tables[t].lang)
                          == &text_tables[t].rows[i]);
        }
    }
    /* Headings-only languages read English texts. */
    g_assert_false(sipdiag_lang_has_texts(SIPDIAG_LANG_DE));
    g_assert_true(sipdiag_texts(&rows[0], SIPDIAG_LANG_DE) == &sipdiag_texts_en[0]);
}

static void
test_texts_are_clean_and_distinct(void)
{
    size_t count;
    const sipdiag_code_row_t *rows = sipdiag_rows(&count);
    for (size_t t = 0; t < G_N_ELEMENTS(text_tables); t++) {
        sipdiag_lang_t lang = text_tables[t].lang;
        GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
        for (size_t i = 0; i < count; i++) {
            const sipdiag_text_row_t *tr = sipdiag_texts(&rows[i], lang);
            const sipdiag_text_row_t *en = sipdiag_texts(&rows[i], SIPDIAG_LANG_EN);
            const char *fields[] = { tr->summary, tr->description, tr->scenario, tr->remediation };
            const char *english[] = { en->summary, en->description, en->scenario, en->remediation };
            const char *names[] = { "summary", "description", "scenario", "remediation" };
            for (int f = 0; f < 4; f++) {
                assert_text_is_clean(tr->code, names[f], fields[f]);
                if (g_hash_table_contains(seen, fields[f]))
                    g_error("%s %u: %s repeats another text: %s", sipdiag_lang_code(lang),
                            tr->code, names[f], fields[f]);
                g_hash_table_add(seen, (gpointer)fields[f]);
                if (lang != SIPDIAG_LANG_EN)
                    g_assert_cmpstr(fields[f], !=, english[f]);
            }
            /* The summary follows "SIP 403 Forbidden: " in Expert Info. */
            g_assert_cmpuint(g_utf8_strlen(tr->summary, -1), <=, 90);
            g_assert_false(g_str_has_suffix(tr->summary, "."));
            g_assert_null(strchr(tr->summary, '\n'));
            g_assert_false(g_str_has_prefix(tr->summary, rows[i].phrase));
            /* Long texts are sentences. */
            g_assert_true(g_str_has_suffix(tr->description, "."));
            g_assert_true(g_str_has_suffix(tr->scenario, "."));
            g_assert_true(g_str_has_suffix(tr->remediation, "."));
        }
        g_hash_table_destroy(seen);
    }
}

static const sipdiag_text_row_t *
english(unsigned code)
{
    sipdiag_lookup_t lk;
    g_assert_true(sipdiag_lookup(code, &lk));
    return sipdiag_texts(lk.row, SIPDIAG_LANG_EN);
}

static void
assert_mentions(const char *text, const char *const *words)
{
    for (size_t i = 0; words[i] != NULL; i++) {
        if (strstr(text, words[i]) == NULL)
            g_error("expected '%s' in: %s", words[i], text);
    }
}

static void
test_facts_202_403_404(void)
{
    const sipdiag_text_row_t *t = english(202);
    char *all = g_strjoin(" ", t->description, t->scenario, t->remediation, NULL);
    assert_mentions(all, (const char *const[]){ "REFER", "NOTIFY", "sipfrag", "RFC 6665",
                                                "SUBSCRIBE", "200", NULL });
    g_free(all);

    t = english(403);
    all = g_strjoin(" ", t->description, t->scenario, t->remediation, NULL);
    assert_mentions(all, (const char *const[]){ "ACL", "credentials", "polic", NULL });
    g_free(all);

    t = english(404);
    all = g_strjoin(" ", t->description, t->scenario, t->remediation, NULL);
    assert_mentions(all, (const char *const[]){ "Request-URI", "480", "domain", "registered",
                                                NULL });
    g_free(all);

    t = english(437);
    assert_mentions(t->description, (const char *const[]){ "8224", NULL });
}

/* --- headings, names, the class line --------------------------------- */

static void
test_headings_and_class_names_in_every_language(void)
{
    for (int l = 0; l < SIPDIAG_LANG_COUNT; l++) {
        sipdiag_lang_t back;
        const char *code = sipdiag_lang_code((sipdiag_lang_t)l);
        g_assert_nonnull(code);
        g_assert_true(sipdiag_lang_from_code(code, &back));
        g_assert_cmpint(back, ==, l);
        for (int h = 0; h < SIPDIAG_HEADING_COUNT; h++) {
            const char *heading = sipdiag_heading((sipdiag_heading_t)h, (sipdiag_lang_t)l);
            g_assert_nonnull(heading);
            g_assert_cmpstr(heading, !=, "");
            if (l != SIPDIAG_LANG_EN && h == SIPDIAG_HEADING_SCENARIO)
                g_assert_cmpstr(heading, !=, sipdiag_heading(h, SIPDIAG_LANG_EN));
        }
        for (int k = SIPDIAG_CLASS_PROVISIONAL; k <= SIPDIAG_CLASS_GLOBAL_FAILURE; k++)
            g_assert_nonnull(sipdiag_class_name((sipdiag_class_t)k, (sipdiag_lang_t)l));
    }
    g_assert_cmpstr(sipdiag_heading(SIPDIAG_HEADING_SCENARIO, SIPDIAG_LANG_FR), ==,
                    "Quand vous le voyez");
    g_assert_cmpstr(sipdiag_heading(SIPDIAG_HEADING_WHEN_TO_USE, SIPDIAG_LANG_DE), ==,
                    "Wann welchen verwenden");
    g_assert_cmpstr(sipdiag_heading(SIPDIAG_HEADING_REMEDIATION, SIPDIAG_LANG_ES), ==,
                    "Cómo solucionarlo");
    g_assert_cmpstr(sipdiag_class_name(SIPDIAG_CLASS_CLIENT_FAILURE, SIPDIAG_LANG_EN), ==,
                    "Client Failure");
    g_assert_null(sipdiag_class_name(SIPDIAG_CLASS_INVALID, SIPDIAG_LANG_EN));
    sipdiag_lang_t lang;
    g_assert_true(sipdiag_lang_from_code("FR", &lang));
    g_assert_false(sipdiag_lang_from_code("xx", &lang));
    g_assert_false(sipdiag_lang_from_code(NULL, &lang));
}

static void
test_class_line(void)
{
    sipdiag_lookup_t a, b;
    sipdiag_lookup(202, &a);
    sipdiag_lookup(403, &b);
    char *line = sipdiag_class_line(&a, &b, SIPDIAG_LANG_EN);
    g_assert_cmpstr(line, ==,
                    "202 is a 2xx Success response, while 403 is a 4xx Client Failure response");
    g_free(line);
    line = sipdiag_class_line(&a, &b, SIPDIAG_LANG_FR);
    g_assert_cmpstr(line, ==, "202 est une réponse 2xx (Succès), tandis que 403 est une "
                              "réponse 4xx (Échec client)");
    g_free(line);
    char *title = sipdiag_title(&b);
    g_assert_cmpstr(title, ==, "SIP 403 Forbidden");
    g_free(title);
}

static void
test_categories_keyed_and_used(void)
{
    size_t count, used[SIPDIAG_CAT_COUNT] = { 0 };
    const sipdiag_code_row_t *rows = sipdiag_rows(&count);
    for (size_t i = 0; i < count; i++)
        used[rows[i].category]++;
    for (int c = 0; c < SIPDIAG_CAT_COUNT; c++) {
        g_assert_nonnull(sipdiag_category_key((sipdiag_category_t)c));
        g_assert_cmpuint(used[c], >, 0);
        for (int d = 0; d < c; d++)
            g_assert_cmpstr(sipdiag_category_key(c), !=, sipdiag_category_key(d));
    }
    sipdiag_lookup_t lk;
    sipdiag_lookup(401, &lk);
    g_assert_cmpstr(sipdiag_category_key(lk.row->category), ==, "authentication");
    sipdiag_lookup(488, &lk);
    g_assert_cmpstr(sipdiag_category_key(lk.row->category), ==, "media");
    g_assert_cmpstr(sipdiag_status_key(SIPDIAG_UNREGISTERED), ==, "unregistered");
}

/* One line of a long text: the first sentence, cut at a word. */
static void
test_text_cuts(void)
{
    g_assert_cmpuint(sipdiag_first_sentence_length("Check the ACL. Then the route."), ==, 14);
    g_assert_cmpuint(sipdiag_first_sentence_length("No second sentence."), ==, 19);
    const char *text = "check the registrar's location table";
    g_assert_cmpuint(sipdiag_word_cut(text, strlen(text), 100), ==, strlen(text));
    g_assert_cmpuint(sipdiag_word_cut(text, strlen(text), 12), ==, 9);   /* "check the" */
    g_assert_cmpuint(sipdiag_word_cut("unbreakable", 11, 4), ==, 4);
    char digits[SIPDIAG_DECIMAL_MAX];
    g_assert_cmpuint(sipdiag_decimal(0, digits), ==, 1);
    g_assert_cmpmem(digits, 1, "0", 1);
    g_assert_cmpuint(sipdiag_decimal(5060, digits), ==, 4);
    g_assert_cmpmem(digits, 4, "5060", 4);
    g_assert_cmpuint(sipdiag_decimal(4294967295u, digits), ==, 10);
    g_assert_cmpmem(digits, 10, "4294967295", 10);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/registry/matches-iana", test_registry_matches_iana);
    g_test_add_func("/registry/per-class-counts", test_registry_per_class_counts);
    g_test_add_func("/registry/legacy", test_legacy_codes);
    g_test_add_func("/registry/unregistered", test_unregistered_fall_back_to_x00);
    g_test_add_func("/registry/invalid", test_invalid_codes);
    g_test_add_func("/registry/parse-code", test_parse_code);
    g_test_add_func("/texts/tables-aligned", test_tables_aligned_and_complete);
    g_test_add_func("/texts/clean-and-distinct", test_texts_are_clean_and_distinct);
    g_test_add_func("/texts/facts-202-403-404", test_facts_202_403_404);
    g_test_add_func("/names/headings-and-classes", test_headings_and_class_names_in_every_language);
    g_test_add_func("/names/class-line", test_class_line);
    g_test_add_func("/names/categories", test_categories_keyed_and_used);
    g_test_add_func("/kb/text-cuts", test_text_cuts);
    return g_test_run();
}
