#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

/* The wide-character API (get_wch, cchar_t, setcchar, mvwadd_wch) is declared only when
 * these are defined before curses.h. SwiftPM drops pkg-config's -D flags, so they live here. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 refuses to read imported mutable C globals (stdscr, LINES, COLS): accessors. */
static inline WINDOW *recall_stdscr(void) { return stdscr; }
static inline int recall_lines(void) { return LINES; }
static inline int recall_cols(void) { return COLS; }

/* newterm() returns NULL for an unknown TERM, where initscr() would exit() the process. */
static inline SCREEN *recall_newterm(void) { return newterm(NULL, stdout, stdin); }

/* 1 when the terminal can move the cursor (TERM=dumb cannot). */
static inline int recall_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/* A terminfo string capability, or "" when the terminal lacks it. */
static inline const char *recall_capability(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? "" : value;
}

/* Attribute macros Swift cannot import. */
static inline attr_t recall_a_bold(void) { return A_BOLD; }
static inline attr_t recall_a_dim(void) { return A_DIM; }
static inline attr_t recall_a_underline(void) { return A_UNDERLINE; }
static inline attr_t recall_a_reverse(void) { return A_REVERSE; }
static inline int recall_key_f(int n) { return KEY_F(n); }
static inline int recall_ccharw_max(void) { return CCHARW_MAX; }

#endif
