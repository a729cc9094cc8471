/* Comparing two JSON documents as values, for the C tests (test_sefidelity.c, threads.c).
 * Every function is static: each test program includes this once. */
#ifndef SEFIDELITY_TESTS_JSON_SAME_H
#define SEFIDELITY_TESTS_JSON_SAME_H

#include <stddef.h>
#include <string.h>

/* Comparing two JSON documents as values.
 *
 * The checked-in responses are pretty-printed with their object keys sorted (as the Rust
 * replay blesses them); sef_evaluate_json writes compact JSON with the keys in the order the
 * response types declare them. So the bytes differ only in layout, and the test compares
 * values: whitespace between tokens is ignored, objects are compared as sets of members (key
 * order ignored; neither side repeats a key), arrays element by element, strings by the
 * characters they denote (escapes decoded), numbers by value (35 equals 35.0; two integers are
 * compared digit for digit, so no long integer is rounded). Both documents are first checked to
 * be valid JSON, so the comparison walks them without re-checking. */

#define JSON_MAX_DEPTH 64

static const char *json_ws(const char *p, const char *end) {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    return p;
}

static int json_digit(const char *p, const char *end) { return p < end && *p >= '0' && *p <= '9'; }

/* Four hex digits at p into *out; 0 if they are not there. */
static int json_hex4(const char *p, const char *end, unsigned long *out) {
    int i;
    *out = 0;
    if (end - p < 4) return 0;
    for (i = 0; i < 4; i++) {
        char c = p[i];
        int v = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (v < 0) return 0;
        *out = *out * 16 + (unsigned long)v;
    }
    return 1;
}

/* One character of a string's contents at p, an escape or a UTF-8 sequence, as a code point in
 * *cp; returns the position after it, or NULL if it is not valid there. */
static const char *json_char(const char *p, const char *end, unsigned long *cp) {
    unsigned char c;
    int len, i;
    if (p >= end) return NULL;
    c = (unsigned char)*p;
    if (c == '\\') {
        static const char escapes[] = "\"\"\\\\//b\bf\fn\nr\rt\t";
        unsigned long low;
        if (end - p < 2) return NULL;
        for (i = 0; escapes[i] != '\0'; i += 2)
            if (p[1] == escapes[i]) {
                *cp = (unsigned char)escapes[i + 1];
                return p + 2;
            }
        if (p[1] != 'u' || !json_hex4(p + 2, end, cp)) return NULL;
        p += 6;
        /* A surrogate pair is one character. */
        if (*cp >= 0xD800 && *cp < 0xDC00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u' &&
            json_hex4(p + 2, end, &low) && low >= 0xDC00 && low < 0xE000) {
            *cp = 0x10000 + ((*cp - 0xD800) << 10) + (low - 0xDC00);
            p += 6;
        }
        return p;
    }
    if (c < 0x20 || c == '"') return NULL;
    len = c < 0x80 ? 1 : c >= 0xF8 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (len == 0 || end - p < len) return NULL;
    *cp = len == 1 ? c : c & (0x3Fu >> (len - 1));
    for (i = 1; i < len; i++) {
        if (((unsigned char)p[i] & 0xC0) != 0x80) return NULL;
        *cp = (*cp << 6) | ((unsigned char)p[i] & 0x3F);
    }
    return p + len;
}

/* The position after the string at p (at its opening quote), or NULL. */
static const char *json_skip_string(const char *p, const char *end) {
    unsigned long cp;
    if (p >= end || *p != '"') return NULL;
    for (p++; p != NULL && p < end && *p != '"';) p = json_char(p, end, &cp);
    return p != NULL && p < end ? p + 1 : NULL;
}

/* The position after the number at p, or NULL; *integer says whether it has no fraction or
 * exponent. */
static const char *json_skip_number(const char *p, const char *end, int *integer) {
    const char *digits;
    *integer = 1;
    if (p < end && *p == '-') p++;
    for (digits = p; json_digit(p, end);) p++;
    if (p == digits || (*digits == '0' && p - digits > 1)) return NULL;
    if (p < end && *p == '.') {
        *integer = 0;
        for (digits = ++p; json_digit(p, end);) p++;
        if (p == digits) return NULL;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        *integer = 0;
        if (++p < end && (*p == '+' || *p == '-')) p++;
        for (digits = p; json_digit(p, end);) p++;
        if (p == digits) return NULL;
    }
    return p;
}

/* The position after the value at p (leading whitespace skipped), or NULL if it is not valid. */
static const char *json_skip(const char *p, const char *end, int depth) {
    static const char *const literals[] = {"true", "false", "null"};
    size_t i;
    int integer;
    p = json_ws(p, end);
    if (p >= end || depth > JSON_MAX_DEPTH) return NULL;
    if (*p == '"') return json_skip_string(p, end);
    if (*p == '[' || *p == '{') {
        const char close = *p == '[' ? ']' : '}';
        p = json_ws(p + 1, end);
        if (p < end && *p == close) return p + 1;
        for (;;) {
            if (close == '}') {
                p = json_skip_string(p, end);
                if (p == NULL || (p = json_ws(p, end)) >= end || *p != ':') return NULL;
                p++;
            }
            if ((p = json_skip(p, end, depth + 1)) == NULL) return NULL;
            if ((p = json_ws(p, end)) < end && *p == close) return p + 1;
            if (p >= end || *p != ',') return NULL;
            p = json_ws(p + 1, end);
        }
    }
    for (i = 0; i < sizeof literals / sizeof literals[0]; i++)
        if ((size_t)(end - p) >= strlen(literals[i]) && memcmp(p, literals[i], strlen(literals[i])) == 0)
            return p + strlen(literals[i]);
    return json_skip_number(p, end, &integer);
}

/* In a valid document, from an object's or array's opening bracket, or from the comma or
 * closing bracket after one of its values: the next value (for an object, *key is set to its
 * key), or NULL when there is none. */
static const char *json_next(const char *p, const char *end, const char **key) {
    if (*p == '}' || *p == ']') return NULL;
    p = json_ws(p + 1, end);
    if (*p == '}' || *p == ']') return NULL;
    if (key != NULL) {
        *key = p;
        p = json_ws(json_skip_string(p, end), end) + 1;
    }
    return json_ws(p, end);
}

/* In a valid document, the comma or closing bracket after the value at p. */
static const char *json_after(const char *p, const char *end) { return json_ws(json_skip(p, end, 0), end); }

static int json_string_equal(const char *a, const char *aend, const char *b, const char *bend) {
    unsigned long ca, cb;
    for (a++, b++; a != NULL && b != NULL && a < aend && b < bend;) {
        if (*a == '"' || *b == '"') return *a == '"' && *b == '"';
        a = json_char(a, aend, &ca);
        b = json_char(b, bend, &cb);
        if (a == NULL || b == NULL || ca != cb) return 0;
    }
    return 0;
}

/* Whether the values at a and b (in valid documents) are equal. */
static int json_equal(const char *a, const char *aend, const char *b, const char *bend) {
    const char *x, *y, *ka = NULL, *kb = NULL;
    int a_number = *a == '-' || (*a >= '0' && *a <= '9'), b_number = *b == '-' || (*b >= '0' && *b <= '9');
    if (!a_number || !b_number) {
        if (*a != *b) return 0;
        if (*a == '"') return json_string_equal(a, aend, b, bend);
        if (*a == '[') {
            for (x = json_next(a, aend, NULL), y = json_next(b, bend, NULL); x != NULL && y != NULL;
                 x = json_next(json_after(x, aend), aend, NULL), y = json_next(json_after(y, bend), bend, NULL))
                if (!json_equal(x, aend, y, bend)) return 0;
            return x == NULL && y == NULL;
        }
        if (*a == '{') {
            size_t na = 0, nb = 0;
            for (y = json_next(b, bend, &kb); y != NULL; y = json_next(json_after(y, bend), bend, &kb)) nb++;
            for (x = json_next(a, aend, &ka); x != NULL; x = json_next(json_after(x, aend), aend, &ka)) {
                na++;
                for (y = json_next(b, bend, &kb); y != NULL && !json_string_equal(ka, aend, kb, bend);
                     y = json_next(json_after(y, bend), bend, &kb)) {
                }
                if (y == NULL || !json_equal(x, aend, y, bend)) return 0;
            }
            return na == nb;
        }
        return 1; /* the same literal: a valid document's t, f or n starts true, false or null */
    }
    {
        int a_integer, b_integer;
        size_t a_len = (size_t)(json_skip_number(a, aend, &a_integer) - a);
        size_t b_len = (size_t)(json_skip_number(b, bend, &b_integer) - b);
        char a_text[64], b_text[64];
        if ((a_integer && b_integer) || a_len >= sizeof a_text || b_len >= sizeof b_text)
            return a_len == b_len && memcmp(a, b, a_len) == 0;
        memcpy(a_text, a, a_len);
        a_text[a_len] = '\0';
        memcpy(b_text, b, b_len);
        b_text[b_len] = '\0';
        return strtod(a_text, NULL) == strtod(b_text, NULL);
    }
}

static int json_valid(const char *text, size_t len) {
    const char *end = text + len, *p = json_skip(text, end, 0);
    return p != NULL && json_ws(p, end) == end;
}

/* Whether two JSON documents are valid and equal as values. */
static int json_same(const char *a, size_t a_len, const char *b, size_t b_len) {
    return json_valid(a, a_len) && json_valid(b, b_len) &&
           json_equal(json_ws(a, a + a_len), a + a_len, json_ws(b, b + b_len), b + b_len);
}

#endif
