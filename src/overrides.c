/* overrides.c - site overrides: validation, lookup, and reading the UAT
 * file format for the command.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "overrides.h"
#include "sipdiag.h"

#include <string.h>

struct sipdiag_overrides {
    GPtrArray *rows; /* of sipdiag_override_t* */
};

static bool
known_method(const char *method)
{
    return sipdiag_method_id(method) != SIPDIAG_METHOD_OTHER;
}

static bool
empty(const char *text)
{
    return text == NULL || text[0] == '\0';
}

char *
sipdiag_override_check(const char *code, const char *method, const char *cause,
                       const char *summary, const char *description, const char *scenario,
                       const char *remediation)
{
    unsigned value;
    if (empty(code))
        return g_strdup("the code is missing");
    if (!sipdiag_parse_code(code, strlen(code), &value) || value < SIPDIAG_CODE_MIN
        || value > SIPDIAG_CODE_MAX)
        return g_strdup_printf("code '%s' is not a status code (100-699)", code);
    if (!empty(method) && !known_method(method))
        return g_strdup_printf("unknown method '%s' (use an upper-case SIP method such as "
                               "INVITE, or leave it empty for any)", method);
    if (!empty(cause)) {
        char *end = NULL;
        guint64 n = g_ascii_strtoull(cause, &end, 10);
        if (end == cause || *end != '\0' || n < 1 || n > 127)
            return g_strdup_printf("cause '%s' is not a Q.850 cause (1-127, or empty for any)",
                                   cause);
    }
    const char *texts[] = { summary, description, scenario, remediation };
    const char *names[] = { "summary", "description", "scenario", "remediation" };
    bool any = false;
    for (int i = 0; i < 4; i++) {
        if (empty(texts[i]))
            continue;
        any = true;
        if (strlen(texts[i]) > SIPDIAG_OVERRIDE_TEXT_MAX)
            return g_strdup_printf("the %s is longer than %d bytes", names[i],
                                   SIPDIAG_OVERRIDE_TEXT_MAX);
        if (!g_utf8_validate(texts[i], -1, NULL))
            return g_strdup_printf("the %s is not valid UTF-8", names[i]);
    }
    if (!any)
        return g_strdup("all four texts are empty: give at least one");
    if (!empty(summary) && strchr(summary, '\n') != NULL)
        return g_strdup("the summary must fit on one line");
    return NULL;
}

static void
free_row(gpointer data)
{
    sipdiag_override_t *row = data;
    g_free(row->method);
    g_free(row->summary);
    g_free(row->description);
    g_free(row->scenario);
    g_free(row->remediation);
    g_free(row);
}

sipdiag_overrides_t *
sipdiag_overrides_new(void)
{
    sipdiag_overrides_t *set = g_new(sipdiag_overrides_t, 1);
    set->rows = g_ptr_array_new_with_free_func(free_row);
    return set;
}

void
sipdiag_overrides_free(sipdiag_overrides_t *set)
{
    if (set == NULL)
        return;
    g_ptr_array_free(set->rows, TRUE);
    g_free(set);
}

static char *
dup_or_null(const char *text)
{
    return empty(text) ? NULL : g_strdup(text);
}

void
sipdiag_overrides_add(sipdiag_overrides_t *set, const char *code, const char *method,
                      const char *cause, const char *summary, const char *description,
                      const char *scenario, const char *remediation)
{
    sipdiag_override_t *row = g_new0(sipdiag_override_t, 1);
    sipdiag_parse_code(code, strlen(code), &row->code);
    row->method = dup_or_null(method);
    row->cause = empty(cause) ? 0 : (unsigned)g_ascii_strtoull(cause, NULL, 10);
    row->summary = dup_or_null(summary);
    row->description = dup_or_null(description);
    row->scenario = dup_or_null(scenario);
    row->remediation = dup_or_null(remediation);
    g_ptr_array_add(set->rows, row);
}

unsigned
sipdiag_overrides_count(const sipdiag_overrides_t *set)
{
    return set != NULL ? set->rows->len : 0;
}

const sipdiag_override_t *
sipdiag_overrides_find(const sipdiag_overrides_t *set, unsigned code, const char *method,
                       const unsigned *causes, unsigned n_causes)
{
    const sipdiag_override_t *best = NULL;
    int best_score = -1;
    for (guint i = 0; set != NULL && i < set->rows->len; i++) {
        const sipdiag_override_t *row = g_ptr_array_index(set->rows, i);
        if (row->code != code)
            continue;
        if (row->method != NULL && (method == NULL || strcmp(row->method, method) != 0))
            continue;
        bool cause_matches = row->cause == 0;
        for (unsigned c = 0; !cause_matches && c < n_causes; c++)
            cause_matches = causes[c] == row->cause;
        if (!cause_matches)
            continue;
        /* A method narrows more than a cause; the first of equals wins. */
        int score = (row->method != NULL ? 2 : 0) + (row->cause != 0 ? 1 : 0);
        if (score > best_score) {
            best = row;
            best_score = score;
        }
    }
    return best;
}

/* Splits one UAT line into its quoted fields, undoing \xNN escapes. */
static char **
split_uat_line(const char *line, GError **error, unsigned line_no)
{
    GPtrArray *fields = g_ptr_array_new();
    const char *p = line;
    while (*p != '\0') {
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p != '"') {
            g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                        "line %u: expected a double-quoted field", line_no);
            goto fail;
        }
        p++;
        GString *field = g_string_new(NULL);
        while (*p != '\0' && *p != '"') {
            if (p[0] == '\\' && p[1] == 'x' && g_ascii_isxdigit(p[2]) && g_ascii_isxdigit(p[3])) {
                g_string_append_c(field, (char)(g_ascii_xdigit_value(p[2]) * 16
                                                + g_ascii_xdigit_value(p[3])));
                p += 4;
            } else if (p[0] == '\\' && p[1] != '\0') {
                g_string_append_c(field, p[1]);
                p += 2;
            } else {
                g_string_append_c(field, *p++);
            }
        }
        if (*p != '"') {
            g_string_free(field, TRUE);
            g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                        "line %u: a field is not closed with a double quote", line_no);
            goto fail;
        }
        p++;
        g_ptr_array_add(fields, g_string_free(field, FALSE));
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == ',')
            p++;
        else if (*p != '\0') {
            g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                        "line %u: expected a comma between fields", line_no);
            goto fail;
        }
    }
    g_ptr_array_add(fields, NULL);
    return (char **)g_ptr_array_free(fields, FALSE);
fail:
    g_ptr_array_set_free_func(fields, g_free);
    g_ptr_array_free(fields, TRUE);
    return NULL;
}

sipdiag_overrides_t *
sipdiag_overrides_load(const char *path, GError **error)
{
    char *contents = NULL;
    if (!g_file_get_contents(path, &contents, NULL, error))
        return NULL;
    sipdiag_overrides_t *set = sipdiag_overrides_new();
    char **lines = g_strsplit(contents, "\n", -1);
    g_free(contents);
    for (unsigned i = 0; lines[i] != NULL; i++) {
        char *line = g_strstrip(lines[i]);
        if (line[0] == '\0' || line[0] == '#')
            continue;
        char **f = split_uat_line(line, error, i + 1);
        if (f == NULL)
            goto fail;
        if (g_strv_length(f) != 7) {
            g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                        "line %u: expected 7 fields (code, method, cause, summary, "
                        "description, scenario, remediation), found %u", i + 1,
                        g_strv_length(f));
            g_strfreev(f);
            goto fail;
        }
        char *problem = sipdiag_override_check(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
        if (problem != NULL) {
            g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "line %u: %s", i + 1, problem);
            g_free(problem);
            g_strfreev(f);
            goto fail;
        }
        sipdiag_overrides_add(set, f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
        g_strfreev(f);
    }
    g_strfreev(lines);
    return set;
fail:
    g_strfreev(lines);
    sipdiag_overrides_free(set);
    return NULL;
}
