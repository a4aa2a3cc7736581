/* x86-64 `long double` arithmetic for the Redis model: Redis computes INCRBYFLOAT and
 * HINCRBYFLOAT in `long double` and prints the result with `%.17Lf`, which Rust cannot do
 * natively. Values cross the boundary as opaque byte images of a `long double`
 * (FERROUS_LONG_DOUBLE_SIZE bytes), copied with memcpy so that alignment never matters. */

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Redis's MAX_LONG_DOUBLE_CHARS: longer texts are refused, results always fit. */
#define TEXT_LIMIT (5 * 1024)

size_t ferrous_long_double_size(void) { return sizeof(long double); }

/* Reads `len` bytes as Redis's string2ld does: the whole text through strtold, no leading
 * space, no NaN, no overflow and no underflow to zero. Returns 1 and stores the value in `out`
 * on success, 0 otherwise. */
int ferrous_long_double_parse(const char *text, size_t len, unsigned char *out) {
    char buf[TEXT_LIMIT];
    char *end;
    long double value;
    if (len == 0 || len >= sizeof(buf)) return 0;
    memcpy(buf, text, len);
    buf[len] = '\0';
    errno = 0;
    value = strtold(buf, &end);
    if (isspace((unsigned char)buf[0]) || end[0] != '\0' ||
        (errno == ERANGE &&
         (value == HUGE_VALL || value == -HUGE_VALL || fpclassify(value) == FP_ZERO)) ||
        errno == EINVAL || isnan(value))
        return 0;
    memcpy(out, &value, sizeof(value));
    return 1;
}

/* out = a + b. */
void ferrous_long_double_add(const unsigned char *a, const unsigned char *b, unsigned char *out) {
    long double x, y, sum;
    memcpy(&x, a, sizeof(x));
    memcpy(&y, b, sizeof(y));
    sum = x + y;
    memcpy(out, &sum, sizeof(sum));
}

/* 1 when the value is neither NaN nor infinite. */
int ferrous_long_double_is_finite(const unsigned char *a) {
    long double x;
    memcpy(&x, a, sizeof(x));
    return !(isnan(x) || isinf(x));
}

/* The nearest double. */
double ferrous_long_double_to_double(const unsigned char *a) {
    long double x;
    memcpy(&x, a, sizeof(x));
    return (double)x;
}

/* Writes the value with `%.17Lf` into `buf` (`cap` bytes); returns the length, or 0 when it
 * does not fit. */
size_t ferrous_long_double_format_fixed(const unsigned char *a, char *buf, size_t cap) {
    long double x;
    int written;
    memcpy(&x, a, sizeof(x));
    written = snprintf(buf, cap, "%.17Lf", x);
    if (written < 0 || (size_t)written + 1 > cap) return 0;
    return (size_t)written;
}
