/* C tests of the sefidelity library.
 *
 * Usage: test_sefidelity VECTORS_DIR TYPED_DIR
 * VECTORS_DIR is the conformance corpus, tests/vectors/: NAME.request.json and the checked-in
 * NAME.response.json. TYPED_DIR holds, for review vectors, NAME.flat (the evidence in the typed
 * layout and the report the checked-in response gives); `make -C bindings/c test` writes it
 * with the c_typed_cases tool.
 *
 * Suites: every vector through sef_evaluate_json, compared with its checked-in response as a
 * JSON value, and its result code with the response's error code; the typed fast path on the
 * review vectors; hostile input (NULL for every pointer, zero lengths, non-UTF-8, truncated
 * JSON, 40 MiB input, a 1 MiB review, 100 000-deep nesting); a year of a large service's records
 * (several MB) through evidence_from_records; error messages; metadata; _free(NULL).
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sefidelity.h"

static int failures = 0;
static int checks = 0;
/* Result codes the suites have seen (indexed by code). */
static unsigned char codes_seen[1000];

#define CHECK(cond, ...)                                                   \
    do {                                                                   \
        checks++;                                                          \
        if (!(cond)) {                                                     \
            failures++;                                                    \
            fprintf(stderr, "FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                  \
            fprintf(stderr, "\n");                                         \
        }                                                                  \
    } while (0)

/* Reads a whole file; the caller frees *data. Returns 0 on success. */
static int read_file(const char *path, unsigned char **data, size_t *len) {
    FILE *f = fopen(path, "rb");
    long size;
    if (f == NULL) return -1;
    if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        fclose(f);
        return -1;
    }
    *data = malloc((size_t)size + 1);
    if (*data == NULL) {
        fclose(f);
        return -1;
    }
    *len = fread(*data, 1, (size_t)size, f);
    fclose(f);
    return *len == (size_t)size ? 0 : -1;
}

static sef_result evaluate(const unsigned char *request, size_t len, sef_response **out) {
    *out = NULL;
    return sef_evaluate_json(request, len, out);
}

#include "json_same.h"

/* In a valid document, the value of the member `name` (plain ASCII) of the object at p, or NULL. */
static const char *json_member(const char *p, const char *end, const char *name) {
    const char *key = NULL, *value;
    size_t n = strlen(name);
    if (p == NULL || *p != '{') return NULL;
    for (value = json_next(p, end, &key); value != NULL; value = json_next(json_after(value, end), end, &key))
        if ((size_t)(end - key) >= n + 2 && memcmp(key + 1, name, n) == 0 && key[n + 1] == '"') return value;
    return NULL;
}

/* The result code for each error code an error document can carry (the core's ErrorCode). */
static const struct {
    const char *name;
    sef_result code;
} error_codes[] = {
    {"malformed_json", SEF_MALFORMED_JSON},
    {"input_too_large", SEF_INPUT_TOO_LARGE},
    {"nesting_too_deep", SEF_NESTING_TOO_DEEP},
    {"unsupported_version", SEF_UNSUPPORTED_VERSION},
    {"unknown_operation", SEF_UNKNOWN_OPERATION},
    {"missing_field", SEF_MISSING_FIELD},
    {"unknown_field", SEF_UNKNOWN_FIELD},
    {"wrong_type", SEF_WRONG_TYPE},
    {"unknown_value", SEF_UNKNOWN_VALUE},
    {"duplicate_field", SEF_DUPLICATE_FIELD},
    {"unknown_scale", SEF_UNKNOWN_SCALE},
    {"unknown_item", SEF_UNKNOWN_ITEM},
    {"duplicate_item", SEF_DUPLICATE_ITEM},
    {"unknown_component", SEF_UNKNOWN_COMPONENT},
    {"duplicate_component", SEF_DUPLICATE_COMPONENT},
    {"form_not_accepted", SEF_FORM_NOT_ACCEPTED},
    {"conflicting_evidence", SEF_CONFLICTING_EVIDENCE},
    {"empty_evidence", SEF_EMPTY_EVIDENCE},
    {"scale_mismatch", SEF_SCALE_MISMATCH},
    {"rating_out_of_range", SEF_RATING_OUT_OF_RANGE},
    {"rating_not_whole_number", SEF_RATING_NOT_WHOLE_NUMBER},
    {"negative_value", SEF_NEGATIVE_VALUE},
    {"non_finite_value", SEF_NON_FINITE_VALUE},
    {"percent_over_100", SEF_PERCENT_OVER100},
    {"count_over_components", SEF_COUNT_OVER_COMPONENTS},
    {"value_out_of_range", SEF_VALUE_OUT_OF_RANGE},
    {"not_whole_number", SEF_NOT_WHOLE_NUMBER},
    {"invalid_scale", SEF_INVALID_SCALE},
    {"standard_item_modified", SEF_STANDARD_ITEM_MODIFIED},
    {"rater_count_out_of_range", SEF_RATER_COUNT_OUT_OF_RANGE},
    {"rater_without_evidence", SEF_RATER_WITHOUT_EVIDENCE},
    {"duplicate_rater", SEF_DUPLICATE_RATER},
    {"raters_with_evidence", SEF_RATERS_WITH_EVIDENCE},
    {"consensus_not_needed", SEF_CONSENSUS_NOT_NEEDED},
    {"consensus_for_unscored_item", SEF_CONSENSUS_FOR_UNSCORED_ITEM},
    {"consensus_without_reason", SEF_CONSENSUS_WITHOUT_REASON},
    {"invalid_date", SEF_INVALID_DATE},
    {"dates_out_of_order", SEF_DATES_OUT_OF_ORDER},
    {"date_after_as_of", SEF_DATE_AFTER_AS_OF},
    {"count_exceeds_total", SEF_COUNT_EXCEEDS_TOTAL},
    {"duplicate_record", SEF_DUPLICATE_RECORD},
    {"duplicate_review_date", SEF_DUPLICATE_REVIEW_DATE},
    {"internal_error", SEF_INTERNAL},
};

/* The result code a valid response document stands for: SEF_OK for an answer, the error's code
 * for an error document, or 9999 for an error code this test does not know. */
static unsigned expected_result(const char *doc, size_t len) {
    const char *end = doc + len, *error = json_member(json_ws(doc, end), end, "error"), *code;
    size_t k, n;
    if (error == NULL) return SEF_OK;
    code = json_member(error, end, "code");
    for (k = 0; code != NULL && *code == '"' && k < sizeof error_codes / sizeof error_codes[0]; k++) {
        n = strlen(error_codes[k].name);
        if ((size_t)(end - code) >= n + 2 && memcmp(code + 1, error_codes[k].name, n) == 0 && code[n + 1] == '"')
            return (unsigned)error_codes[k].code;
    }
    return 9999;
}

/* The comparison itself: what it must hold equal, and what it must not. */
static void test_json_same(void) {
    static const struct {
        const char *a, *b;
        int same;
    } cases[] = {
        {"{\"a\":1,\"b\":[true,null]}", "{\n  \"b\": [\n    true,\n    null\n  ],\n  \"a\": 1\n}\n", 1},
        {"{\"metric\":35.0}", "{\"metric\":35}", 1},
        {"[0.5,1e2]", "[5e-1,100]", 1},
        {"\"caf\xc3\xa9 \\\"q\\\" \\ud83d\\ude00\"", "\"caf\\u00e9 \\\"q\\\" \xf0\x9f\x98\x80\"", 1},
        {"{}", " { } ", 1},
        {"{\"a\":1}", "{\"a\":2}", 0},
        {"{\"a\":1}", "{\"a\":1,\"b\":1}", 0},
        {"{\"a\":1,\"b\":1}", "{\"a\":1}", 0},
        {"{\"a\":1}", "{\"A\":1}", 0},
        {"[1,2]", "[2,1]", 0},
        {"[1,2]", "[1,2,3]", 0},
        {"9007199254740993", "9007199254740992", 0},
        {"24.11", "24.12", 0},
        {"\"fair\"", "\"good\"", 0},
        {"null", "false", 0},
        {"\"1\"", "1", 0},
        {"{\"a\":1}", "{\"a\":1", 0},
        {"[1,]", "[1,]", 0},
        {"{\"a\":1} x", "{\"a\":1} x", 0},
    };
    size_t k;
    for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        CHECK(json_same(cases[k].a, strlen(cases[k].a), cases[k].b, strlen(cases[k].b)) == cases[k].same,
              "json_same(%s, %s) should be %d", cases[k].a, cases[k].b, cases[k].same);
        CHECK(json_same(cases[k].b, strlen(cases[k].b), cases[k].a, strlen(cases[k].a)) == cases[k].same,
              "json_same(%s, %s) should be %d", cases[k].b, cases[k].a, cases[k].same);
    }
    {
        const char *error = "{\"error\":{\"message\":\"m\",\"code\":\"unknown_item\"}}", *answer = "{\"errors\":[]}";
        CHECK(expected_result(error, strlen(error)) == SEF_UNKNOWN_ITEM, "error code of an error document");
        CHECK(expected_result(answer, strlen(answer)) == SEF_OK, "an answer");
    }
}

/* Every vector through the document entry point, against its checked-in response. */
static void test_vectors(const char *dir) {
    DIR *d = opendir(dir);
    struct dirent *entry;
    int replayed = 0, identical = 0;
    CHECK(d != NULL, "cannot open %s", dir);
    if (d == NULL) return;
    while ((entry = readdir(d)) != NULL) {
        char path[4096], name[1024];
        const char *suffix = strstr(entry->d_name, ".request.json");
        unsigned char *request = NULL, *expected = NULL;
        size_t request_len = 0, expected_len = 0;
        sef_response *response = NULL;
        sef_result result;
        if (suffix == NULL || suffix[strlen(".request.json")] != '\0') continue;
        snprintf(name, sizeof name, "%.*s", (int)(suffix - entry->d_name), entry->d_name);
        snprintf(path, sizeof path, "%s/%s.request.json", dir, name);
        CHECK(read_file(path, &request, &request_len) == 0, "read %s", path);
        snprintf(path, sizeof path, "%s/%s.response.json", dir, name);
        CHECK(read_file(path, &expected, &expected_len) == 0, "read %s", path);
        if (request != NULL && expected != NULL) {
            const char *json;
            unsigned expected_code = 9999;
            size_t len;
            CHECK(json_valid((const char *)expected, expected_len), "%s: the checked-in response is not JSON", name);
            if (json_valid((const char *)expected, expected_len))
                expected_code = expected_result((const char *)expected, expected_len);
            CHECK(expected_code != 9999, "%s: the checked-in response has an unknown error code", name);
            result = evaluate(request, request_len, &response);
            json = sef_response_json(response);
            len = sef_response_len(response);
            CHECK(response != NULL && json != NULL, "%s: no response", name);
            if (json != NULL) {
                CHECK(json[len] == '\0' && strlen(json) == len, "%s: response not NUL-terminated at its length", name);
                if (len == expected_len && memcmp(json, expected, len) == 0)
                    identical++;
                else
                    CHECK(json_same(json, len, (const char *)expected, expected_len),
                          "%s: response differs from tests/vectors/%s.response.json\n  got      %s\n"
                          "  expected %.*s",
                          name, name, json, (int)expected_len, (const char *)expected);
                CHECK((unsigned)result == expected_code, "%s: result %u, expected %u", name, (unsigned)result,
                      expected_code);
                codes_seen[(unsigned)result % 1000] = 1;
            }
            sef_response_free(response);
            replayed++;
        }
        free(request);
        free(expected);
    }
    closedir(d);
    CHECK(replayed >= 40, "only %d vectors replayed", replayed);
    {
        /* Every code a request can reach through the document entry point. Not listed:
         * SEF_SCALE_MISMATCH (typed comparisons only), SEF_NON_FINITE_VALUE (JSON has no NaN;
         * reached through the typed path below), SEF_INTERNAL (a bug). */
        static const unsigned reachable[] = {0,   100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 200, 201,
                                             202, 203, 204, 205, 206, 207, 209, 210, 300, 301, 302, 304, 305,
                                             306, 307, 400, 401, 402, 403, 404};
        size_t k;
        for (k = 0; k < sizeof reachable / sizeof reachable[0]; k++)
            CHECK(codes_seen[reachable[k]], "no vector returned code %u", reachable[k]);
    }
    printf("vectors: %d replayed through sef_evaluate_json against tests/vectors (%d byte-identical, the rest "
           "equal as JSON values)\n",
           replayed, identical);
}

/* The typed fast path against the review vectors (NAME.flat in TYPED_DIR). */
static void test_typed(const char *dir) {
    DIR *d = opendir(dir);
    struct dirent *entry;
    int cases = 0;
    CHECK(d != NULL, "cannot open %s", dir);
    if (d == NULL) return;
    while ((entry = readdir(d)) != NULL) {
        char path[4096];
        const char *suffix = strstr(entry->d_name, ".flat");
        FILE *f;
        unsigned item_count, scored, total, max_total, complete, band, expected_scores[SEF_MAX_ITEMS];
        size_t n, i;
        sef_evidence evidence[SEF_MAX_ITEMS];
        sef_report report;
        sef_error *error = NULL;
        sef_result result;
        int ok = 1;
        if (suffix == NULL || suffix[5] != '\0') continue;
        snprintf(path, sizeof path, "%s/%s", dir, entry->d_name);
        f = fopen(path, "r");
        CHECK(f != NULL, "open %s", path);
        if (f == NULL) continue;
        ok = fscanf(f, "%u %u %u %u %u %u", &item_count, &scored, &total, &max_total, &complete, &band) == 6;
        for (i = 0; ok && i < SEF_MAX_ITEMS; i++) ok = fscanf(f, "%u", &expected_scores[i]) == 1;
        ok = ok && fscanf(f, "%zu", &n) == 1 && n <= SEF_MAX_ITEMS;
        memset(evidence, 0, sizeof evidence);
        for (i = 0; ok && i < n; i++) {
            unsigned item, form, flags, number;
            ok = fscanf(f, "%u %u %u %u %lf %lf", &item, &form, &flags, &number, &evidence[i].value,
                        &evidence[i].value2) == 6;
            evidence[i].item = (uint8_t)item;
            evidence[i].form = (uint8_t)form;
            evidence[i].flags = (uint8_t)flags;
            evidence[i].number = number;
        }
        fclose(f);
        CHECK(ok, "%s: cannot parse", entry->d_name);
        if (!ok) continue;
        result = sef_score_review(evidence, n, &report, &error);
        CHECK(result == SEF_OK && error == NULL, "%s: result %u", entry->d_name, (unsigned)result);
        if (result == SEF_OK) {
            CHECK(report.item_count == item_count && report.scored == scored && report.total == total &&
                      report.max_total == max_total && report.complete == complete && report.band == band,
                  "%s: report %u %u %u %u %u %u", entry->d_name, report.item_count, report.scored, report.total,
                  report.max_total, report.complete, report.band);
            for (i = 0; i < SEF_MAX_ITEMS; i++)
                CHECK(report.scores[i] == expected_scores[i], "%s: item %zu scored %u, expected %u", entry->d_name,
                      i + 1, report.scores[i], expected_scores[i]);
        }
        sef_error_free(error);
        cases++;
    }
    closedir(d);
    CHECK(cases >= 15, "only %d typed cases", cases);
    printf("typed: %d cases through sef_score_review\n", cases);
}

static void expect_code(const unsigned char *request, size_t len, sef_result expected, const char *what) {
    sef_response *response = NULL;
    sef_result result = evaluate(request, len, &response);
    CHECK(result == expected, "%s: result %u, expected %u (%s)", what, (unsigned)result, (unsigned)expected,
          response ? sef_response_json(response) : "no response");
    CHECK(response != NULL, "%s: no response", what);
    sef_response_free(response);
}

static void test_hostile(void) {
    static const unsigned char truncated[] = "{\"operation\":\"review\",\"scale\":\"ips-25-uk\",\"evid";
    static const unsigned char not_utf8[] = {'{', '"', 0xff, 0xfe, '"', ':', '1', '}'};
    static const unsigned char embedded_nul[] = {'{', '}', 0, 'x'};
    const char *good = "{\"operation\":\"swemwbs\",\"responses\":[5,4,3,4,4,3,4]}";
    sef_response *response = (sef_response *)1;
    sef_report report;
    sef_item_info info;
    sef_str key;
    sef_error *error = NULL;
    sef_evidence bad;
    size_t big_len = 40u * 1024u * 1024u, deep = 100000, i, needed = 0;
    unsigned char *big, *nested;
    char small_buffer[4];

    /* NULL for every pointer argument. */
    CHECK(sef_evaluate_json((const uint8_t *)good, strlen(good), NULL) == SEF_NULL_ARGUMENT, "null response_out");
    CHECK(sef_evaluate_json(NULL, 5, &response) == SEF_NULL_ARGUMENT, "null request with length");
    CHECK(SEF_MAX_INPUT_BYTES == 262144 && SEF_MAX_RECORDS_INPUT_BYTES == 33554432 && SEF_MAX_DEPTH == 32, "limits");
    CHECK(response == (sef_response *)1, "response_out written on a NULL request");
    CHECK(sef_score_review(NULL, 3, &report, NULL) == SEF_NULL_ARGUMENT, "null evidence");
    CHECK(sef_score_review(NULL, 0, NULL, NULL) == SEF_NULL_ARGUMENT, "null report_out");
    CHECK(sef_scale_item(0, NULL) == SEF_NULL_ARGUMENT, "null info_out");
    CHECK(sef_error_code(NULL) == SEF_NULL_ARGUMENT, "null error");
    CHECK(sef_error_message(NULL, small_buffer, sizeof small_buffer, NULL) == SEF_NULL_ARGUMENT, "null error");
    CHECK(sef_response_json(NULL) == NULL && sef_response_len(NULL) == 0, "null response");
    CHECK(sef_scale_item_component(4, 0, NULL, NULL) == SEF_OK, "components with no outputs");
    sef_response_free(NULL);
    sef_error_free(NULL);

    /* Zero lengths, truncation, bytes that are not UTF-8, a NUL inside. */
    expect_code(NULL, 0, SEF_MALFORMED_JSON, "NULL with length 0");
    expect_code((const unsigned char *)good, 0, SEF_MALFORMED_JSON, "zero length");
    expect_code(truncated, sizeof truncated - 1, SEF_MALFORMED_JSON, "truncated");
    expect_code(not_utf8, sizeof not_utf8, SEF_MALFORMED_JSON, "not UTF-8");
    expect_code(embedded_nul, sizeof embedded_nul, SEF_MALFORMED_JSON, "NUL inside");
    expect_code((const unsigned char *)good, strlen(good), SEF_OK, "a good request");

    /* 40 MiB of input (past every operation's limit), a 1 MiB review (past the review's limit,
     * not the records operations'), and 100 000-deep nesting. */
    big = malloc(big_len);
    CHECK(big != NULL, "malloc");
    if (big != NULL) {
        memset(big, ' ', big_len);
        big[0] = '{';
        big[big_len - 1] = '}';
        expect_code(big, big_len, SEF_INPUT_TOO_LARGE, "40 MiB");
        memcpy(big, "{\"operation\": \"review\"", 22);
        expect_code(big, 1024u * 1024u, SEF_MALFORMED_JSON, "1 MiB cut short");
        big[1024u * 1024u - 1] = '}';
        expect_code(big, 1024u * 1024u, SEF_INPUT_TOO_LARGE, "a 1 MiB review");
        free(big);
    }
    nested = malloc(2 * deep);
    CHECK(nested != NULL, "malloc");
    if (nested != NULL) {
        for (i = 0; i < deep; i++) {
            nested[i] = '[';
            nested[deep + i] = ']';
        }
        expect_code(nested, 2 * deep, SEF_NESTING_TOO_DEEP, "100 000 deep");
        free(nested);
    }

    /* Lengths and counts far past what is allowed are refused before anything is read. */
    CHECK(sef_evaluate_json((const uint8_t *)good, (size_t)-1, &response) == SEF_INPUT_TOO_LARGE, "huge length");
    sef_response_free(response);
    response = NULL;
    memset(&bad, 0, sizeof bad);
    bad.item = 1;
    bad.form = 1;
    bad.value = 3.0;
    error = (sef_error *)1;
    CHECK(sef_score_review(&bad, ((size_t)-1) / 2, &report, &error) == SEF_VALUE_OUT_OF_RANGE, "huge count");
    CHECK(error != NULL && error != (sef_error *)1, "huge count gives an error");
    sef_error_free(error);
    error = NULL;
    {
        /* A misaligned evidence pointer, and a misaligned report. */
        unsigned char raw[sizeof(sef_evidence) * 2 + 8];
        memset(raw, 0, sizeof raw);
        CHECK(sef_score_review((const sef_evidence *)(void *)(raw + 1), 1, &report, NULL) == SEF_MISALIGNED_ARGUMENT,
              "misaligned evidence");
        CHECK(sef_score_review(&bad, 1, (sef_report *)(void *)(raw + 1), NULL) == SEF_MISALIGNED_ARGUMENT,
              "misaligned report");
    }
    CHECK(sef_score_review(&bad, 1, NULL, NULL) == SEF_NULL_ARGUMENT, "null report_out with evidence");
    /* A success clears *error_out; a NaN value is refused with its own code. */
    error = (sef_error *)1;
    CHECK(sef_score_review(&bad, 1, &report, &error) == SEF_OK && error == NULL, "error_out cleared on success");
    bad.form = 3;
    bad.value = 0.0 / 0.0;
    CHECK(sef_score_review(&bad, 1, &report, &error) == SEF_NON_FINITE_VALUE, "NaN value");
    sef_error_free(error);
    error = NULL;

    /* A typed error, its code and message, copied into a caller buffer. */
    memset(&bad, 0, sizeof bad);
    bad.item = 7;
    bad.form = 1;
    bad.value = 6.0;
    CHECK(sef_score_review(&bad, 1, &report, &error) == SEF_RATING_OUT_OF_RANGE, "rating 6");
    CHECK(error != NULL && sef_error_code(error) == SEF_RATING_OUT_OF_RANGE, "error code");
    if (error != NULL) {
        char *message;
        CHECK(sef_error_message(error, small_buffer, sizeof small_buffer, &needed) == SEF_BUFFER_TOO_SMALL,
              "small buffer");
        CHECK(needed > sizeof small_buffer, "needed %zu", needed);
        CHECK(sef_error_message(error, NULL, 0, &needed) == SEF_BUFFER_TOO_SMALL, "size query");
        CHECK(sef_error_message(error, NULL, 4096, &needed) == SEF_NULL_ARGUMENT, "NULL buffer, capacity given");
        message = malloc(needed);
        CHECK(message != NULL && sef_error_message(error, message, needed, NULL) == SEF_OK, "copy");
        if (message != NULL) {
            CHECK(strcmp(message, "evidence.7.rating: rating 6 is outside 1\xe2\x80\x93" "5; accepted: a whole "
                                  "number from 1 to 5") == 0,
                  "message: %s", message);
            CHECK(strlen(message) + 1 == needed, "NUL-terminated");
        }
        free(message);
        sef_error_free(error);
        error = NULL;
    }
    bad.form = 99;
    CHECK(sef_score_review(&bad, 1, &report, NULL) == SEF_UNKNOWN_VALUE, "unknown form without error_out");
    bad.form = 1;
    bad.item = 26;
    bad.value = 3.0;
    CHECK(sef_score_review(&bad, 1, &report, &error) == SEF_UNKNOWN_ITEM, "item 26");
    sef_error_free(error);
    error = NULL;
    {
        sef_evidence too_many[SEF_MAX_ITEMS + 1];
        memset(too_many, 0, sizeof too_many);
        CHECK(sef_score_review(too_many, SEF_MAX_ITEMS + 1, &report, &error) == SEF_VALUE_OUT_OF_RANGE,
              "more entries than items");
        sef_error_free(error);
        error = NULL;
    }
    CHECK(sef_score_review(NULL, 0, &report, NULL) == SEF_OK && report.scored == 0 && report.band == 0,
          "empty review");

    /* Metadata. */
    CHECK(sef_scale_item_count() == 25, "25 items");
    CHECK(sef_scale_item(0, &info) == SEF_OK && info.number == 1 && info.rule == 1, "item 1");
    CHECK(info.key.len == strlen("caseload_size") && memcmp(info.key.ptr, "caseload_size", info.key.len) == 0,
          "item 1 key");
    CHECK(sef_scale_item(12, &info) == SEF_OK && info.rule == 2 && info.component_count == 4, "item 13");
    CHECK(sef_scale_item(25, &info) == SEF_INDEX_OUT_OF_RANGE, "index 25");
    CHECK(sef_scale_item_component(12, 0, &key, NULL) == SEF_OK && key.len > 0, "item 13 component 0");
    CHECK(sef_scale_item_component(12, 4, &key, NULL) == SEF_INDEX_OUT_OF_RANGE, "item 13 component 4");
    CHECK(sef_scale_item_component(6, 0, &key, NULL) == SEF_INDEX_OUT_OF_RANGE, "rated item has none");
    {
        sef_str description;
        CHECK(sef_scale_item_component(12, 1, NULL, &description) == SEF_OK && description.len > 0,
              "description only");
        for (i = 0; i < sef_scale_item_count(); i++) {
            size_t a;
            CHECK(sef_scale_item(i, &info) == SEF_OK && info.number == i + 1, "item %zu", i);
            CHECK(info.title.len > 0 && info.section.len > 0 && info.description.len > 0, "item %zu text", i);
            for (a = 0; a < 5; a++) CHECK(info.anchors[a].len > 0, "item %zu anchor %zu", i, a);
        }
    }
    CHECK(strcmp(sef_version(), "0.1.0") == 0 && SEF_VERSION_MAJOR == 0 && SEF_VERSION_MINOR == 1, "version");
    printf("hostile input, errors and metadata: done\n");
}

/* Appends printf-formatted text to a growing buffer; returns 0 on success. */
static int append(char **buf, size_t *len, size_t *cap, const char *fmt, ...) {
    va_list args;
    int n;
    for (;;) {
        va_start(args, fmt);
        n = vsnprintf(*buf + *len, *cap - *len, fmt, args);
        va_end(args);
        if (n < 0) return -1;
        if ((size_t)n < *cap - *len) break;
        *cap = *cap * 2 + (size_t)n;
        *buf = realloc(*buf, *cap);
        if (*buf == NULL) return -1;
    }
    *len += (size_t)n;
    return 0;
}

/* A year of a large service's records, several MB of JSON, through sef_evaluate_json:
 * 5 000 clients (one specialist for each 20), 50 000 employer contacts and 5 000 jobs. */
static void test_large_records(void) {
    size_t len = 0, cap = 1u << 20, c, k;
    char *buf = malloc(cap);
    sef_response *response = NULL;
    sef_result result;
    int ok = buf != NULL;
    if (ok) {
        buf[0] = '\0';
        ok = append(&buf, &len, &cap,
                    "{\"operation\":\"evidence_from_records\",\"period\":{\"from\":\"2025-01-01\",\"to\":\"2025-12-31\"},"
                    "\"specialists\":[") == 0;
    }
    for (c = 0; ok && c < 250; c++)
        ok = append(&buf, &len, &cap, "%s{\"id\":\"s%zu\",\"fte\":1,\"teams\":[\"t%zu\"]}", c ? "," : "", c, c % 7) == 0;
    ok = ok && append(&buf, &len, &cap, "],\"clients\":[") == 0;
    for (c = 0; ok && c < 5000; c++)
        ok = append(&buf, &len, &cap, "%s{\"id\":\"c%zu\",\"specialist\":\"s%zu\",\"team\":\"t%zu\",\"entry\":\"2025-%02zu-%02zu\"}",
                    c ? "," : "", c, c / 20, c % 9, 1 + c % 12, 1 + c % 28) == 0;
    ok = ok && append(&buf, &len, &cap, "],\"contacts\":[") == 0;
    for (k = 0; ok && k < 50000; k++)
        ok = append(&buf, &len, &cap,
                    "%s{\"id\":\"k%zu\",\"specialist\":\"s%zu\",\"client\":\"c%zu\",\"date\":\"2025-%02zu-%02zu\","
                    "\"face_to_face\":%s,\"client_preferences\":%s}",
                    k ? "," : "", k, k / 200, k / 10, 1 + k % 12, 1 + k % 28, k % 4 ? "true" : "false",
                    k % 5 ? "true" : "false") == 0;
    ok = ok && append(&buf, &len, &cap, "],\"jobs\":[") == 0;
    for (c = 0; ok && c < 5000; c++)
        ok = append(&buf, &len, &cap,
                    "%s{\"id\":\"j%zu\",\"client\":\"c%zu\",\"employer\":\"e%zu\",\"job_type\":\"type%zu\","
                    "\"start\":\"2025-%02zu-%02zu\",\"permanent\":%s,\"competitive\":true,\"hours_per_week\":16}",
                    c ? "," : "", c, c, c % 97, c % 13, 1 + c % 12, 1 + c % 28, c % 10 ? "true" : "false") == 0;
    ok = ok && append(&buf, &len, &cap, "]}") == 0;
    CHECK(ok, "building the records request");
    if (ok) {
        CHECK(len > SEF_MAX_INPUT_BYTES && len < SEF_MAX_RECORDS_INPUT_BYTES, "a request of %zu bytes", len);
        result = evaluate((const unsigned char *)buf, len, &response);
        CHECK(result == SEF_OK, "5 000 clients' records: result %d", (int)result);
        CHECK(response != NULL && sef_response_len(response) > 1000000, "a large answer");
        CHECK(response != NULL && strstr(sef_response_json(response), "\"evidence\":{\"1\":") != NULL,
              "item 1's evidence derived");
        sef_response_free(response);
    }
    free(buf);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s VECTORS_DIR TYPED_DIR\n", argv[0]);
        return 2;
    }
    test_json_same();
    test_vectors(argv[1]);
    test_typed(argv[2]);
    test_hostile();
    test_large_records();
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
