/* Benchmark of the C entry points called from C: sef_score_review (typed fast path) and
 * sef_evaluate_json (document API) on a full IPS-25 review.
 *
 * Build and run: make -C bindings/c bench      (prints ns per call; not part of the tests)
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "sefidelity.h"

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

int main(void) {
    sef_evidence evidence[25];
    sef_report report;
    size_t i;
    long n, iterations = 200000;
    unsigned long sink = 0;
    double start, typed_ns, document_ns;
    char request[2048];
    size_t len = 0;

    memset(evidence, 0, sizeof evidence);
    for (i = 0; i < 25; i++) {
        evidence[i].item = (uint8_t)(i + 1);
        evidence[i].form = 1;
        evidence[i].value = (double)(1 + i % 5);
    }
    evidence[0].form = 3;
    evidence[0].value = 22.0;
    evidence[4].form = 4;
    evidence[4].number = 4;

    len += (size_t)snprintf(request + len, sizeof request - len, "{\"operation\":\"review\",\"scale\":\"ips-25-uk\",\"evidence\":{");
    for (i = 1; i <= 25; i++)
        len += (size_t)snprintf(request + len, sizeof request - len, "%s\"%zu\":{\"rating\":%zu}", i > 1 ? "," : "", i,
                                1 + i % 5);
    len += (size_t)snprintf(request + len, sizeof request - len, "}}");

    for (n = 0; n < 1000; n++) sef_score_review(evidence, 25, &report, NULL); /* warm up */
    start = now_ns();
    for (n = 0; n < iterations; n++) {
        sef_score_review(evidence, 25, &report, NULL);
        sink += report.total;
    }
    typed_ns = (now_ns() - start) / (double)iterations;

    start = now_ns();
    for (n = 0; n < iterations / 10; n++) {
        sef_response *response = NULL;
        sef_evaluate_json((const uint8_t *)request, len, &response);
        sink += sef_response_len(response);
        sef_response_free(response);
    }
    document_ns = (now_ns() - start) / (double)(iterations / 10);

    printf("C sef_score_review (typed, 25 items): %.0f ns per review\n", typed_ns);
    printf("C sef_evaluate_json (document, 25 items): %.0f ns per review\n", document_ns);
    printf("(checksum %lu)\n", sink);
    return 0;
}
