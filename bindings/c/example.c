/* Scores a review through the C library and prints the report.
 *
 * Build and run: make -C bindings/c && bindings/c/build/example-static
 */
#include <stdio.h>
#include <string.h>

#include "sefidelity.h"

static void print_str(sef_str s) { printf("%.*s", (int)s.len, s.ptr); }

int main(void) {
    /* The typed fast path: one entry per item. Item 1 is measured (22 clients per
     * specialist), item 5 a checklist (4 of 5 components), item 7 rated; the rest rated 4. */
    sef_evidence evidence[25];
    size_t i;
    sef_report report;
    sef_error *error = NULL;
    sef_response *response = NULL;
    const char *request =
        "{\"operation\":\"review\",\"scale\":\"ips-25-uk\",\"evidence\":{\"7\":{\"rating\":6}}}";
    sef_result result;

    memset(evidence, 0, sizeof evidence);
    for (i = 0; i < 25; i++) {
        evidence[i].item = (uint8_t)(i + 1);
        evidence[i].form = 1; /* rating */
        evidence[i].value = 4.0;
    }
    evidence[0].form = 3; /* value */
    evidence[0].value = 22.0;
    evidence[4].form = 4; /* count */
    evidence[4].number = 4;
    evidence[6].value = 5.0;

    result = sef_score_review(evidence, 25, &report, &error);
    if (result != SEF_OK) {
        char message[512] = "(message longer than the buffer)";
        sef_error_message(error, message, sizeof message, NULL);
        fprintf(stderr, "error %u: %s\n", (unsigned)result, message);
        sef_error_free(error);
        return 1;
    }

    printf("sefidelity %s — IPS-25 review\n", sef_version());
    for (i = 0; i < report.item_count; i++) {
        sef_item_info info;
        if (sef_scale_item(i, &info) != SEF_OK) return 1;
        printf("%3u  %-45.*s %u\n", (unsigned)info.number, (int)info.title.len, info.title.ptr,
               (unsigned)report.scores[i]);
    }
    printf("total %u of %u, band %u (1 exemplary, 2 good, 3 fair, 4 not supported employment)\n",
           (unsigned)report.total, (unsigned)report.max_total, (unsigned)report.band);

    /* The document API: any request, one JSON response. A bad rating gives an error document. */
    result = sef_evaluate_json((const uint8_t *)request, strlen(request), &response);
    printf("document API: result %u\n%s\n", (unsigned)result, sef_response_json(response));
    sef_response_free(response);
    {
        sef_item_info first;
        sef_scale_item(0, &first);
        printf("item 1 key: ");
        print_str(first.key);
        printf("\n");
    }
    return 0;
}
