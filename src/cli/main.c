/* main.c - the `sipdiag` command: explains and compares SIP response codes
 * offline, from the same knowledge base the Wireshark plugin uses.
 *
 *   sipdiag explain CODE [--lang L] [--json] [--overrides FILE [--method M] [--cause N]]
 *   sipdiag compare A B  [--lang L] [--json]
 *   sipdiag list                    [--json]
 *   sipdiag rules                   [--json]
 *
 * Output is built in full before anything is printed, so an error leaves
 * stdout empty and says one line on stderr.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "context.h"
#include "overrides.h"
#include "sipdiag.h"

#include <glib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WRAP_WIDTH 78

typedef struct {
    sipdiag_lang_t lang;
    gboolean json;
    char *overrides_path;
    char *method;
    int cause;
    sipdiag_overrides_t *overrides;
} options_t;

/* What a code's page shows, in the requested language: its title, the note
 * on an unregistered or legacy code, and its texts as this site reads them
 * (the knowledge base's, each replaced by the matching override row's). */
typedef struct {
    char *title;
    char note[160];
    sipdiag_text_row_t texts;
    const sipdiag_override_t *site;
} code_page_t;

static void
code_page_open(code_page_t *page, const sipdiag_lookup_t *lk, const options_t *opts)
{
    unsigned cause = (unsigned)opts->cause;
    page->title = sipdiag_title(lk);
    sipdiag_status_note(lk, page->note, sizeof page->note);
    page->texts = *sipdiag_texts(lk->row, opts->lang);
    page->site = sipdiag_overrides_find(opts->overrides, lk->code, opts->method, &cause,
                                        opts->cause > 0 ? 1 : 0);
    if (page->site != NULL) {
        const sipdiag_override_t *s = page->site;
        sipdiag_text_row_t *t = &page->texts;
        t->summary = s->summary != NULL ? s->summary : t->summary;
        t->description = s->description != NULL ? s->description : t->description;
        t->scenario = s->scenario != NULL ? s->scenario : t->scenario;
        t->remediation = s->remediation != NULL ? s->remediation : t->remediation;
    }
}

static void
code_page_close(code_page_t *page)
{
    g_free(page->title);
}

/* --- reading arguments ------------------------------------------------ */

static gboolean
parse_code_arg(const char *arg, sipdiag_lookup_t *lk, GError **error)
{
    unsigned code;
    if (!sipdiag_parse_code(arg, strlen(arg), &code)) {
        g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                    "'%s' is not a status code: expected three digits, e.g. 486", arg);
        return FALSE;
    }
    if (!sipdiag_lookup(code, lk)) {
        char note[128];
        sipdiag_status_note(lk, note, sizeof note);
        g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "%s", note);
        return FALSE;
    }
    return TRUE;
}

/* --- text output ------------------------------------------------------ */

/* Appends text wrapped at WRAP_WIDTH, each line indented by two spaces. */
static void
append_wrapped(GString *out, const char *text)
{
    const char *p = text;
    while (*p != '\0') {
        const char *line_start = p;
        const char *last_space = NULL;
        glong width = 0;
        while (*p != '\0' && width < WRAP_WIDTH - 2) {
            if (*p == ' ')
                last_space = p;
            p = g_utf8_next_char(p);
            width++;
        }
        if (*p != '\0' && last_space != NULL)
            p = last_space;
        g_string_append(out, "  ");
        g_string_append_len(out, line_start, p - line_start);
        g_string_append_c(out, '\n');
        while (*p == ' ')
            p++;
    }
}

static void
append_section(GString *out, sipdiag_heading_t heading, const char *text,
               sipdiag_lang_t lang)
{
    g_string_append_printf(out, "%s\n", sipdiag_heading(heading, lang));
    append_wrapped(out, text);
}

static void
append_code_page(GString *out, const sipdiag_lookup_t *lk, const options_t *opts)
{
    sipdiag_lang_t lang = opts->lang;
    code_page_t page;

    code_page_open(&page, lk, opts);
    g_string_append_printf(out, "%s\n%uxx %s · %s · RFC %u\n", page.title, lk->klass,
                           sipdiag_class_name(lk->klass, lang),
                           sipdiag_category_key(lk->row->category), lk->row->rfc);
    g_string_append_printf(out, "%s\n", page.texts.summary);
    if (page.note[0] != '\0')
        g_string_append_printf(out, "Note: %s\n", page.note);
    if (page.site != NULL)
        g_string_append_printf(out, "Site override from %s\n", opts->overrides_path);
    g_string_append_c(out, '\n');
    append_section(out, SIPDIAG_HEADING_DESCRIPTION, page.texts.description, lang);
    append_section(out, SIPDIAG_HEADING_SCENARIO, page.texts.scenario, lang);
    append_section(out, SIPDIAG_HEADING_REMEDIATION, page.texts.remediation, lang);
    code_page_close(&page);
}

/* "SIP 202 Accepted (Deprecated) vs 403 Forbidden" */
static char *
compare_title(const sipdiag_lookup_t *a, const sipdiag_lookup_t *b)
{
    char *title_a = sipdiag_title(a);
    char *title_b = sipdiag_title(b);
    char *title = g_strdup_printf("%s vs %s", title_a, title_b + strlen("SIP "));
    g_free(title_a);
    g_free(title_b);
    return title;
}

static void
text_compare(GString *out, const sipdiag_lookup_t *a, const sipdiag_lookup_t *b,
             const options_t *opts)
{
    sipdiag_lang_t lang = opts->lang;
    code_page_t page_a, page_b;
    code_page_open(&page_a, a, opts);
    code_page_open(&page_b, b, opts);
    const sipdiag_text_row_t *ta = &page_a.texts, *tb = &page_b.texts;
    char *title = compare_title(a, b);
    char *class_line = sipdiag_class_line(a, b, lang);

    g_string_append_printf(out, "%s\n%s.\n  %u: %s\n  %u: %s\n\n", title, class_line,
                           a->code, ta->summary, b->code, tb->summary);
    append_code_page(out, a, opts);
    g_string_append_c(out, '\n');
    append_code_page(out, b, opts);
    g_string_append_printf(out, "\n%s\n", sipdiag_heading(SIPDIAG_HEADING_KEY_DIFFERENCES, lang));
    g_string_append_printf(out, "  %s.\n", class_line);
    for (int i = 0; i < 2; i++) {
        const sipdiag_lookup_t *lk = i == 0 ? a : b;
        const sipdiag_text_row_t *t = i == 0 ? ta : tb;
        char *line = g_strdup_printf("%u: %s %s", lk->code, t->description, t->scenario);
        append_wrapped(out, line);
        g_free(line);
    }
    g_string_append_printf(out, "\n%s\n", sipdiag_heading(SIPDIAG_HEADING_WHEN_TO_USE, lang));
    for (int i = 0; i < 2; i++) {
        const sipdiag_lookup_t *lk = i == 0 ? a : b;
        char *line = g_strdup_printf("%u: %s", lk->code,
                                     (i == 0 ? ta : tb)->remediation);
        append_wrapped(out, line);
        g_free(line);
    }
    g_free(class_line);
    g_free(title);
    code_page_close(&page_a);
    code_page_close(&page_b);
}

static void
text_list(GString *out)
{
    size_t count;
    const sipdiag_code_row_t *rows = sipdiag_rows(&count);
    for (size_t i = 0; i < count; i++) {
        if (rows[i].status != SIPDIAG_REGISTERED)
            continue;
        g_string_append_printf(out, "%u\t%s\t%s\tRFC %u\t%s\n", rows[i].code, rows[i].phrase,
                               sipdiag_class_name((sipdiag_class_t)(rows[i].code / 100),
                                                  SIPDIAG_LANG_EN),
                               rows[i].rfc, sipdiag_category_key(rows[i].category));
    }
}

/* "credentials+in-dialog", or "-" for none. */
static char *
facts_text(unsigned facts)
{
    GString *text = g_string_new(NULL);
    for (unsigned bit = 1; bit != 0 && bit <= facts; bit <<= 1) {
        if ((facts & bit) && sipdiag_fact_name(bit) != NULL)
            g_string_append_printf(text, "%s%s", text->len > 0 ? "+" : "",
                                   sipdiag_fact_name(bit));
    }
    if (text->len == 0)
        g_string_append_c(text, '-');
    return g_string_free(text, FALSE);
}

static void
text_rules(GString *out, sipdiag_lang_t lang)
{
    g_string_append(out, "id\tcode\tmethods\trequires\tforbids\tverdict\tseverity\tsource\t"
                         "context\tfix\n");
    for (unsigned i = 0; i < sipdiag_rule_count; i++) {
        const sipdiag_rule_t *rule = &sipdiag_rules[i];
        const sipdiag_rule_texts_t *texts = sipdiag_rule_texts(rule, lang);
        char *require = facts_text(rule->require);
        char *forbid = facts_text(rule->forbid);
        g_string_append_printf(out, "%s\t%u\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", rule->id,
                               rule->code, rule->methods != NULL ? rule->methods : "any",
                               require, forbid, sipdiag_verdict_key(rule->verdict),
                               sipdiag_severity_key(rule->severity), rule->source,
                               texts->context, texts->fix);
        g_free(require);
        g_free(forbid);
    }
}

/* --- JSON output ------------------------------------------------------ */

static void
json_code_object(JsonBuilder *b, const sipdiag_lookup_t *lk, const options_t *opts)
{
    sipdiag_lang_t lang = opts->lang;
    code_page_t page;
    const sipdiag_text_row_t *texts = &page.texts;

    code_page_open(&page, lk, opts);
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "code");
    json_builder_add_int_value(b, lk->code);
    json_builder_set_member_name(b, "title");
    json_builder_add_string_value(b, page.title);
    json_builder_set_member_name(b, "phrase");
    if (lk->status == SIPDIAG_UNREGISTERED)
        json_builder_add_null_value(b);
    else
        json_builder_add_string_value(b, lk->row->phrase);
    json_builder_set_member_name(b, "status");
    json_builder_add_string_value(b, sipdiag_status_key(lk->status));
    if (lk->status == SIPDIAG_UNREGISTERED) {
        json_builder_set_member_name(b, "treated_as");
        json_builder_add_int_value(b, lk->row->code);
    }
    if (page.note[0] != '\0') {
        json_builder_set_member_name(b, "note");
        json_builder_add_string_value(b, page.note);
    }
    json_builder_set_member_name(b, "class");
    json_builder_add_int_value(b, lk->klass);
    json_builder_set_member_name(b, "class_name");
    json_builder_add_string_value(b, sipdiag_class_name(lk->klass, lang));
    json_builder_set_member_name(b, "category");
    json_builder_add_string_value(b, sipdiag_category_key(lk->row->category));
    json_builder_set_member_name(b, "rfc");
    json_builder_add_int_value(b, lk->row->rfc);
    json_builder_set_member_name(b, "site_override");
    json_builder_add_boolean_value(b, page.site != NULL);
    json_builder_set_member_name(b, "summary");
    json_builder_add_string_value(b, texts->summary);
    json_builder_set_member_name(b, "description");
    json_builder_add_string_value(b, texts->description);
    json_builder_set_member_name(b, "scenario");
    json_builder_add_string_value(b, texts->scenario);
    json_builder_set_member_name(b, "remediation");
    json_builder_add_string_value(b, texts->remediation);
    json_builder_end_object(b);
    code_page_close(&page);
}

static void
json_headings(JsonBuilder *b, sipdiag_lang_t lang)
{
    static const char *const keys[SIPDIAG_HEADING_COUNT] = {
        "description", "scenario", "remediation", "key_differences", "when_to_use"
    };
    json_builder_set_member_name(b, "headings");
    json_builder_begin_object(b);
    for (int h = 0; h < SIPDIAG_HEADING_COUNT; h++) {
        json_builder_set_member_name(b, keys[h]);
        json_builder_add_string_value(b, sipdiag_heading((sipdiag_heading_t)h, lang));
    }
    json_builder_end_object(b);
}

static void
json_compare(JsonBuilder *b, const sipdiag_lookup_t *a, const sipdiag_lookup_t *c,
             const options_t *opts)
{
    sipdiag_lang_t lang = opts->lang;
    char *title = compare_title(a, c);
    char *class_line = sipdiag_class_line(a, c, lang);

    json_builder_begin_object(b);
    json_builder_set_member_name(b, "title");
    json_builder_add_string_value(b, title);
    json_builder_set_member_name(b, "class_line");
    json_builder_add_string_value(b, class_line);
    json_builder_set_member_name(b, "lang");
    json_builder_add_string_value(b, sipdiag_lang_code(lang));
    json_headings(b, lang);
    json_builder_set_member_name(b, "codes");
    json_builder_begin_array(b);
    json_code_object(b, a, opts);
    json_code_object(b, c, opts);
    json_builder_end_array(b);
    json_builder_end_object(b);
    g_free(class_line);
    g_free(title);
}

static void
json_list(JsonBuilder *b, const options_t *opts)
{
    size_t count;
    const sipdiag_code_row_t *rows = sipdiag_rows(&count);
    json_builder_begin_array(b);
    for (size_t i = 0; i < count; i++) {
        sipdiag_lookup_t lk;
        if (rows[i].status != SIPDIAG_REGISTERED)
            continue;
        sipdiag_lookup(rows[i].code, &lk);
        json_code_object(b, &lk, opts);
    }
    json_builder_end_array(b);
}

static void
json_facts(JsonBuilder *b, const char *name, unsigned facts)
{
    json_builder_set_member_name(b, name);
    json_builder_begin_array(b);
    for (unsigned bit = 1; bit != 0 && bit <= facts; bit <<= 1) {
        if ((facts & bit) && sipdiag_fact_name(bit) != NULL)
            json_builder_add_string_value(b, sipdiag_fact_name(bit));
    }
    json_builder_end_array(b);
}

static void
json_rules(JsonBuilder *b, sipdiag_lang_t lang)
{
    json_builder_begin_array(b);
    for (unsigned i = 0; i < sipdiag_rule_count; i++) {
        const sipdiag_rule_t *rule = &sipdiag_rules[i];
        const sipdiag_rule_texts_t *texts = sipdiag_rule_texts(rule, lang);
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "id");
        json_builder_add_string_value(b, rule->id);
        json_builder_set_member_name(b, "code");
        json_builder_add_int_value(b, rule->code);
        json_builder_set_member_name(b, "methods");
        if (rule->methods != NULL)
            json_builder_add_string_value(b, rule->methods);
        else
            json_builder_add_null_value(b);
        json_facts(b, "requires", rule->require);
        json_facts(b, "forbids", rule->forbid);
        json_builder_set_member_name(b, "verdict");
        json_builder_add_string_value(b, sipdiag_verdict_key(rule->verdict));
        json_builder_set_member_name(b, "severity");
        json_builder_add_string_value(b, sipdiag_severity_key(rule->severity));
        json_builder_set_member_name(b, "source");
        json_builder_add_string_value(b, rule->source);
        json_builder_set_member_name(b, "context");
        json_builder_add_string_value(b, texts->context);
        json_builder_set_member_name(b, "evidence");
        json_builder_add_string_value(b, texts->evidence);
        json_builder_set_member_name(b, "fix");
        json_builder_add_string_value(b, texts->fix);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
}

static void
append_json(GString *out, JsonBuilder *b)
{
    JsonNode *root = json_builder_get_root(b);
    JsonGenerator *gen = json_generator_new();
    json_generator_set_pretty(gen, TRUE);
    json_generator_set_root(gen, root);
    char *text = json_generator_to_data(gen, NULL);
    g_string_append_printf(out, "%s\n", text);
    g_free(text);
    g_object_unref(gen);
    json_node_unref(root);
}

/* --- commands --------------------------------------------------------- */

static gboolean
run_command(const char *command, int argc, char **argv, const options_t *opts,
            GString *out, GError **error)
{
    sipdiag_lookup_t a, b;
    JsonBuilder *builder = opts->json ? json_builder_new() : NULL;
    gboolean ok = FALSE;

    if (strcmp(command, "explain") == 0) {
        if (argc != 1)
            g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                        "explain takes one status code, e.g. sipdiag explain 486");
        else if (parse_code_arg(argv[0], &a, error)) {
            if (builder)
                json_code_object(builder, &a, opts);
            else
                append_code_page(out, &a, opts);
            ok = TRUE;
        }
    } else if (strcmp(command, "compare") == 0) {
        if (argc != 2)
            g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                        "compare takes two status codes, e.g. sipdiag compare 202 403");
        else if (parse_code_arg(argv[0], &a, error) && parse_code_arg(argv[1], &b, error)) {
            if (builder)
                json_compare(builder, &a, &b, opts);
            else
                text_compare(out, &a, &b, opts);
            ok = TRUE;
        }
    } else if (strcmp(command, "list") == 0) {
        if (argc != 0)
            g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                        "list takes no arguments");
        else {
            if (builder)
                json_list(builder, opts);
            else
                text_list(out);
            ok = TRUE;
        }
    } else if (strcmp(command, "rules") == 0) {
        if (argc != 0)
            g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                        "rules takes no arguments");
        else {
            if (builder)
                json_rules(builder, opts->lang);
            else
                text_rules(out, opts->lang);
            ok = TRUE;
        }
    } else {
        g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                    "unknown command '%s': use explain, compare, list or rules", command);
    }
    if (ok && builder)
        append_json(out, builder);
    if (builder)
        g_object_unref(builder);
    return ok;
}

static gboolean
parse_lang_option(const char *name, const char *value, gpointer data, GError **error)
{
    options_t *opts = data;
    (void)name;
    if (!sipdiag_lang_from_code(value, &opts->lang)) {
        g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                    "unknown language '%s': use en, fr, es, de, pt or it", value);
        return FALSE;
    }
    return TRUE;
}

int
main(int argc, char **argv)
{
    options_t opts = { SIPDIAG_LANG_EN, FALSE, NULL, NULL, 0, NULL };
    GOptionEntry entries[] = {
        { "lang", 'l', 0, G_OPTION_ARG_CALLBACK, (gpointer)parse_lang_option,
          "Language of headings and texts: en, fr, es, de, pt, it", "L" },
        { "json", 'j', 0, G_OPTION_ARG_NONE, &opts.json, "Print JSON for machines", NULL },
        { "overrides", 'o', 0, G_OPTION_ARG_FILENAME, &opts.overrides_path,
          "Apply a site overrides file (the sipdiag_overrides file of a Wireshark profile)",
          "FILE" },
        { "method", 'm', 0, G_OPTION_ARG_STRING, &opts.method,
          "With --overrides: the method the response answers", "METHOD" },
        { "cause", 'c', 0, G_OPTION_ARG_INT, &opts.cause,
          "With --overrides: a Q.850 cause from the Reason header", "N" },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    GOptionContext *context = g_option_context_new("explain CODE | compare A B | list | rules");
    GOptionGroup *group = g_option_group_new("sipdiag", "sipdiag options", "Show sipdiag options",
                                             &opts, NULL);
    GError *error = NULL;
    GString *out = g_string_new(NULL);
    int status = EXIT_SUCCESS;

    g_option_group_add_entries(group, entries);
    g_option_context_set_main_group(context, group);
    g_option_context_set_summary(context,
        "Explains SIP response codes: what they mean, when you see them and how to fix them.");
    if (!g_option_context_parse(context, &argc, &argv, &error)) {
        status = EXIT_FAILURE;
    } else if (opts.overrides_path != NULL
               && (opts.overrides = sipdiag_overrides_load(opts.overrides_path, &error)) == NULL) {
        g_prefix_error(&error, "%s: ", opts.overrides_path);
        status = EXIT_FAILURE;
    } else if (argc < 2) {
        g_set_error(&error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                    "missing command: use explain CODE, compare A B, list or rules (see --help)");
        status = EXIT_FAILURE;
    } else if (!run_command(argv[1], argc - 2, argv + 2, &opts, out, &error)) {
        status = EXIT_FAILURE;
    }

    if (status == EXIT_SUCCESS)
        fputs(out->str, stdout);
    else {
        /* One line, whatever the arguments it quotes hold. */
        for (char *c = error->message; *c != '\0'; c++) {
            if ((unsigned char)*c < 0x20 || *c == 0x7f)
                *c = '?';
        }
        fprintf(stderr, "sipdiag: %s\n", error->message);
    }
    g_clear_error(&error);
    sipdiag_overrides_free(opts.overrides);
    g_free(opts.overrides_path);
    g_free(opts.method);
    g_string_free(out, TRUE);
    g_option_context_free(context);
    return status;
}
