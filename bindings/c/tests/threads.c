/* The header promises that every function may be called from any thread at the same time.
 * This replays the conformance vectors from 8 threads at once, each thread every vector in
 * its own order, and checks every answer against the checked-in response (as a JSON value).
 * `make -C bindings/c test` builds it with ThreadSanitizer.
 *
 * Usage: threads VECTORS_DIR
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sefidelity.h"
#include "json_same.h"

#define THREADS 8
#define MAX_VECTORS 2048

typedef struct {
    char name[256];
    char *request;
    size_t request_len;
    char *response;
    size_t response_len;
} vector;

static vector vectors[MAX_VECTORS];
static size_t vector_count = 0;

/* The whole file at path, NUL-terminated; NULL if it cannot be read. */
static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    long size;
    if (f == NULL) return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (text = malloc((size_t)size + 1)) != NULL) {
        *len = fread(text, 1, (size_t)size, f);
        text[*len] = '\0';
    }
    fclose(f);
    return text;
}

static int load(const char *dir) {
    DIR *d = opendir(dir);
    struct dirent *entry;
    const char *suffix = ".request.json";
    if (d == NULL) return 0;
    while ((entry = readdir(d)) != NULL && vector_count < MAX_VECTORS) {
        size_t n = strlen(entry->d_name), s = strlen(suffix);
        char path[1024];
        vector *v = &vectors[vector_count];
        if (n <= s || strcmp(entry->d_name + n - s, suffix) != 0 || n - s >= sizeof v->name) continue;
        memcpy(v->name, entry->d_name, n - s);
        v->name[n - s] = '\0';
        snprintf(path, sizeof path, "%s/%s.request.json", dir, v->name);
        v->request = read_file(path, &v->request_len);
        snprintf(path, sizeof path, "%s/%s.response.json", dir, v->name);
        v->response = read_file(path, &v->response_len);
        if (v->request == NULL || v->response == NULL) {
            fprintf(stderr, "%s: cannot read its request or response\n", v->name);
            closedir(d);
            return 0;
        }
        vector_count++;
    }
    closedir(d);
    return vector_count > 0;
}

/* One thread: every vector, starting at a place of its own; the number of wrong answers. */
static void *replay(void *arg) {
    size_t start = (size_t)arg, i;
    size_t *wrong = malloc(sizeof *wrong);
    if (wrong == NULL) return NULL;
    *wrong = 0;
    for (i = 0; i < vector_count; i++) {
        const vector *v = &vectors[(start * 37 + i) % vector_count];
        sef_response *response = NULL;
        sef_evaluate_json((const uint8_t *)v->request, v->request_len, &response);
        if (!json_same(sef_response_json(response), sef_response_len(response), v->response, v->response_len)) {
            fprintf(stderr, "thread %zu: %s: the answer differs from the checked-in response\n", start, v->name);
            (*wrong)++;
        }
        sef_response_free(response);
    }
    return wrong;
}

int main(int argc, char **argv) {
    pthread_t threads[THREADS];
    size_t t, wrong = 0, i;
    if (argc != 2 || !load(argv[1])) {
        fprintf(stderr, "usage: threads VECTORS_DIR (with NAME.request.json and NAME.response.json)\n");
        return 2;
    }
    for (t = 0; t < THREADS; t++) {
        if (pthread_create(&threads[t], NULL, replay, (void *)t) != 0) {
            fprintf(stderr, "cannot start thread %zu\n", t);
            return 1;
        }
    }
    for (t = 0; t < THREADS; t++) {
        void *result = NULL;
        pthread_join(threads[t], &result);
        if (result == NULL) {
            wrong++;
        } else {
            wrong += *(size_t *)result;
            free(result);
        }
    }
    for (i = 0; i < vector_count; i++) {
        free(vectors[i].request);
        free(vectors[i].response);
    }
    printf("threads: %d threads x %zu vectors, %zu wrong answers\n", THREADS, vector_count, wrong);
    return wrong == 0 ? 0 : 1;
}
