/* test_cli.c - the `sipdiag` command as a user runs it: its pages, its
 * JSON and its errors.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <glib.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>

typedef struct {
    char *out;
    char *err;
    int exit_status;
} run_t;

static run_t
run_sipdiag(const char *const *args)
{
    GPtrArray *argv = g_ptr_array_new();
    g_ptr_array_add(argv, (gpointer)SIPDIAG_CLI_PATH);
    for (size_t i = 0; args[i] != NULL; i++)
        g_ptr_array_add(argv, (gpointer)args[i]);
    g_ptr_array_add(argv, NULL);

    run_t run = { NULL, NULL, -1 };
    int wait_status;
    GError *error = NULL;
    if (!g_spawn_sync(NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &run.out,
                      &run.err, &wait_status, &error))
        g_error("cannot run %s: %s", SIPDIAG_CLI_PATH, error->message);
    run.exit_status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1;
    g_ptr_array_free(argv, TRUE);
    return run;
}

static void
run_free(run_t *run)
{
    g_free(run->out);
    g_free(run->err);
}

static run_t
run_ok(const char *const *args)
{
    run_t run = run_sipdiag(args);
    if (run.exit_status != 0)
        g_error("sipdiag %s failed: %s", args[0], run.err);
    g_assert_cmpstr(run.err, ==, "");
    return run;
}

static JsonNode *
parse_json(const char *text)
{
    GError *error = NULL;
    JsonNode *node = json_from_string(text, &error);
    if (node == NULL)
        g_error("not JSON (%s): %s", error->message, text);
    return node;
}

static void
test_explain_text(void)
{
    run_t run = run_ok((const char *const[]){ "explain", "403", NULL });
    g_assert_true(g_str_has_prefix(run.out,
                                   "SIP 403 Forbidden\n4xx Client Failure · policy · RFC 3261\n"
                                   "the server refuses this request by policy; new credentials "
                                   "will not help\n\nDescription\n  "));
    g_assert_nonnull(strstr(run.out, "\nWhen you see it\n  "));
    g_assert_nonnull(strstr(run.out, "\nHow to fix it\n  "));
    /* Wrapped for a terminal. */
    char **lines = g_strsplit(run.out, "\n", -1);
    for (size_t i = 0; lines[i] != NULL; i++)
        g_assert_cmpuint(g_utf8_strlen(lines[i], -1), <=, 78);
    g_strfreev(lines);
    run_free(&run);

    run = run_ok((const char *const[]){ "explain", "499", NULL });
    g_assert_true(g_str_has_prefix(run.out, "SIP 499\n4xx Client Failure · protocol · RFC 3261\n"));
    g_assert_nonnull(strstr(run.out, "\nNote: unregistered code, handled as 400 Bad Request "
                                     "(RFC 3261 §8.1.3.2)\n\nDescription\n"));
    run_free(&run);

    run = run_ok((const char *const[]){ "explain", "486", "--lang", "fr", NULL });
    g_assert_true(g_str_has_prefix(run.out, "SIP 486 Busy Here\n4xx Échec client"));
    g_assert_nonnull(strstr(run.out, "\nQuand vous le voyez\n"));
    g_assert_nonnull(strstr(run.out, "\nComment résoudre\n"));
    run_free(&run);
}

static void
test_explain_json(void)
{
    run_t run = run_ok((const char *const[]){ "explain", "202", "--json", NULL });
    JsonNode *root = parse_json(run.out);
    JsonObject *o = json_node_get_object(root);
    g_assert_cmpint(json_object_get_int_member(o, "code"), ==, 202);
    g_assert_cmpstr(json_object_get_string_member(o, "phrase"), ==, "Accepted (Deprecated)");
    g_assert_cmpstr(json_object_get_string_member(o, "title"), ==, "SIP 202 Accepted (Deprecated)");
    g_assert_cmpint(json_object_get_int_member(o, "class"), ==, 2);
    g_assert_cmpstr(json_object_get_string_member(o, "class_name"), ==, "Success");
    g_assert_cmpstr(json_object_get_string_member(o, "category"), ==, "events");
    g_assert_cmpint(json_object_get_int_member(o, "rfc"), ==, 6665);
    g_assert_cmpstr(json_object_get_string_member(o, "status"), ==, "registered");
    g_assert_false(json_object_has_member(o, "note"));
    g_assert_nonnull(strstr(json_object_get_string_member(o, "scenario"), "REFER"));
    json_node_unref(root);
    run_free(&run);

    run = run_ok((const char *const[]){ "explain", "--json", "599", NULL });
    root = parse_json(run.out);
    o = json_node_get_object(root);
    g_assert_true(json_object_get_null_member(o, "phrase"));
    g_assert_cmpint(json_object_get_int_member(o, "treated_as"), ==, 500);
    g_assert_cmpstr(json_object_get_string_member(o, "status"), ==, "unregistered");
    json_node_unref(root);
    run_free(&run);
}

static void
test_compare(void)
{
    run_t run = run_ok((const char *const[]){ "compare", "202", "403", NULL });
    g_assert_true(g_str_has_prefix(run.out,
        "SIP 202 Accepted (Deprecated) vs 403 Forbidden\n"
        "202 is a 2xx Success response, while 403 is a 4xx Client Failure response.\n"
        "  202: "));
    const char *order[] = { "\nSIP 202 Accepted (Deprecated)\n", "\nDescription\n",
                            "\nSIP 403 Forbidden\n", "\nHow to fix it\n",
                            "\nKey differences\n  202 is a 2xx Success response",
                            "\nWhen to use which\n  202: " };
    const char *at = run.out;
    for (size_t i = 0; i < G_N_ELEMENTS(order); i++) {
        const char *found = strstr(at, order[i]);
        if (found == NULL)
            g_error("expected '%s' after offset %ld", order[i], (long)(at - run.out));
        at = found + 1;
    }
    g_assert_nonnull(strstr(at, "\n  403: "));
    run_free(&run);

    run = run_ok((const char *const[]){ "compare", "202", "403", "--json", "--lang", "es", NULL });
    JsonNode *root = parse_json(run.out);
    JsonObject *o = json_node_get_object(root);
    g_assert_cmpstr(json_object_get_string_member(o, "title"), ==,
                    "SIP 202 Accepted (Deprecated) vs 403 Forbidden");
    g_assert_cmpstr(json_object_get_string_member(o, "lang"), ==, "es");
    g_assert_cmpstr(json_object_get_string_member(
                        json_object_get_object_member(o, "headings"), "key_differences"),
                    ==, "Diferencias clave");
    JsonArray *codes = json_object_get_array_member(o, "codes");
    g_assert_cmpuint(json_array_get_length(codes), ==, 2);
    g_assert_cmpint(json_object_get_int_member(json_array_get_object_element(codes, 1), "code"),
                    ==, 403);
    json_node_unref(root);
    run_free(&run);
}

static void
test_list(void)
{
    run_t run = run_ok((const char *const[]){ "list", NULL });
    char **lines = g_strsplit(run.out, "\n", -1);
    g_assert_cmpuint(g_strv_length(lines), ==, 76); /* 75 rows and the final "" */
    g_assert_cmpstr(lines[0], ==, "100\tTrying\tProvisional\tRFC 3261\tprogress");
    g_assert_cmpstr(lines[74], ==, "608\tRejected\tGlobal Failure\tRFC 8688\tpolicy");
    for (size_t i = 0; i < 75; i++) {
        char **cols = g_strsplit(lines[i], "\t", -1);
        g_assert_cmpuint(g_strv_length(cols), ==, 5);
        g_strfreev(cols);
    }
    g_assert_null(strstr(run.out, "409\t"));
    g_strfreev(lines);
    run_free(&run);

    run = run_ok((const char *const[]){ "list", "--json", NULL });
    JsonNode *root = parse_json(run.out);
    g_assert_cmpuint(json_array_get_length(json_node_get_array(root)), ==, 75);
    json_node_unref(root);
    run_free(&run);
}

static void
test_rules(void)
{
    run_t run = run_ok((const char *const[]){ "rules", NULL });
    char **lines = g_strsplit(run.out, "\n", -1);
    g_assert_cmpstr(lines[0], ==, "id\tcode\tmethods\trequires\tforbids\tverdict\tseverity\t"
                                  "source\tcontext\tfix");
    g_assert_cmpuint(g_strv_length(lines), >=, 52);
    g_assert_nonnull(g_strstr_len(run.out, -1, "\ncancelled\t487\tINVITE\tcancelled\t-\t"
                                                "expected\tchat\tRFC 3261 §9.2\t"
                                                "the caller cancelled"));
    g_assert_nonnull(g_strstr_len(run.out, -1, "\ncredentials-refused\t401\tany\t"
                                                "credentials-refused\t-\tfault\twarn\t"));
    g_assert_nonnull(g_strstr_len(run.out, -1, "\nterminated-without-cancel\t487\tINVITE\t"
                                                "request-seen\tcancelled\tneutral\tnote\t"));
    guint rules = g_strv_length(lines) - 2; /* header and final "" */
    g_strfreev(lines);
    run_free(&run);

    run = run_ok((const char *const[]){ "rules", "--json", NULL });
    JsonNode *root = parse_json(run.out);
    JsonArray *array = json_node_get_array(root);
    g_assert_cmpuint(json_array_get_length(array), ==, rules);
    JsonObject *first = json_array_get_object_element(array, 0);
    g_assert_cmpint(json_object_get_int_member(first, "code"), ==, 401);
    g_assert_cmpstr(json_object_get_string_member(first, "id"), ==, "stale-nonce");
    g_assert_true(g_str_has_prefix(json_object_get_string_member(first, "fix"),
                                   "Nothing to fix if the next request"));
    g_assert_true(json_object_get_null_member(first, "methods"));
    g_assert_cmpstr(json_array_get_string_element(
                        json_object_get_array_member(first, "requires"), 0), ==, "stale-nonce");
    json_node_unref(root);
    run_free(&run);
}

/* Every bad call: non-zero exit, one line on stderr, nothing on stdout. */
static void
test_errors(void)
{
    static const struct {
        const char *args[5];
        const char *message;
    } cases[] = {
        { { "explain", "abc" }, "sipdiag: 'abc' is not a status code: expected three digits, e.g. 486\n" },
        { { "compare", "999", "1" }, "sipdiag: 999 is not a SIP status code: codes run from 100 to 699\n" },
        { { "compare", "202", "1" }, "sipdiag: '1' is not a status code: expected three digits, e.g. 486\n" },
        { { "explain", "403", "--lang", "xx" }, "sipdiag: unknown language 'xx': use en, fr, es, de, pt or it\n" },
        { { "explain" }, "sipdiag: explain takes one status code, e.g. sipdiag explain 486\n" },
        { { "compare", "202" }, "sipdiag: compare takes two status codes, e.g. sipdiag compare 202 403\n" },
        { { "list", "extra" }, "sipdiag: list takes no arguments\n" },
        { { "rules", "401" }, "sipdiag: rules takes no arguments\n" },
        { { "frobnicate" }, "sipdiag: unknown command 'frobnicate': use explain, compare, list or rules\n" },
        { { NULL }, "sipdiag: missing command: use explain CODE, compare A B, list or rules (see --help)\n" },
        { { "explain", "099" }, "sipdiag: 99 is not a SIP status code: codes run from 100 to 699\n" },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        run_t run = run_sipdiag(cases[i].args);
        g_assert_cmpint(run.exit_status, !=, 0);
        g_assert_cmpstr(run.out, ==, "");
        g_assert_cmpstr(run.err, ==, cases[i].message);
        run_free(&run);
    }
    run_t run = run_sipdiag((const char *const[]){ "--bogus", NULL });
    g_assert_cmpint(run.exit_status, !=, 0);
    g_assert_cmpstr(run.out, ==, "");
    g_assert_true(g_str_has_prefix(run.err, "sipdiag: "));
    g_assert_cmpuint(strlen(run.err), ==, strcspn(run.err, "\n") + 1);
    run_free(&run);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/cli/explain-text", test_explain_text);
    g_test_add_func("/cli/explain-json", test_explain_json);
    g_test_add_func("/cli/compare", test_compare);
    g_test_add_func("/cli/list", test_list);
    g_test_add_func("/cli/rules", test_rules);
    g_test_add_func("/cli/errors", test_errors);
    return g_test_run();
}
