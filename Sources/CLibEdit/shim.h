#ifndef CLIBEDIT_SHIM_H
#define CLIBEDIT_SHIM_H

/*
 * Small C wrappers so Swift can use libedit:
 *  - el_set(), el_get() and history() are variadic, which Swift cannot call;
 *    each request Shipyard uses gets its own fixed-signature wrapper.
 *  - stdin/stdout/stderr are mutable C globals, rejected by Swift 6 strict
 *    concurrency checking, so they are only touched here.
 *  - locale, signal and ioctl details stay in C where they are portable.
 */

#include <stdio.h>
#include <string.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <histedit.h>

/* ---- stdio ---- */

static inline FILE *clibedit_stdout(void) { return stdout; }

static inline EditLine *clibedit_init_stdio(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}

/* ---- el_set / el_get ---- */

typedef char *(*clibedit_prompt_fn)(EditLine *);
typedef unsigned char (*clibedit_cmd_fn)(EditLine *, int);

/* EL_PROMPT_ESC: text between two `esc` characters is sent to the terminal
   without counting towards the prompt width (for colour sequences). */
static inline int clibedit_set_prompt_esc(EditLine *el, clibedit_prompt_fn f, char esc) {
    return el_set(el, EL_PROMPT_ESC, f, esc);
}
static inline int clibedit_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int clibedit_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int clibedit_set_clientdata(EditLine *el, void *p) {
    return el_set(el, EL_CLIENTDATA, p);
}
static inline void *clibedit_get_clientdata(EditLine *el) {
    void *p = NULL;
    if (el_get(el, EL_CLIENTDATA, &p) != 0) return NULL;
    return p;
}
static inline int clibedit_set_hist(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int clibedit_addfn(EditLine *el, const char *name, const char *help, clibedit_cmd_fn f) {
    return el_set(el, EL_ADDFN, name, help, f);
}
static inline int clibedit_bind(EditLine *el, const char *key, const char *fn) {
    return el_set(el, EL_BIND, key, fn, NULL);
}

/* EL_SETTC: override one termcap capability; an empty value removes it. */
static inline int clibedit_set_termcap(EditLine *el, const char *cap, const char *value) {
    return el_set(el, EL_SETTC, cap, value, NULL);
}

/* A prompt callback must never return NULL (libedit dereferences it). */
static inline char *clibedit_empty_string(void) {
    static char empty[1] = { 0 };
    return empty;
}

/* ---- history() ---- */

static inline int clibedit_history_setsize(History *h, HistEvent *ev, int n) { return history(h, ev, H_SETSIZE, n); }
static inline int clibedit_history_setunique(History *h, HistEvent *ev, int on) { return history(h, ev, H_SETUNIQUE, on); }
static inline int clibedit_history_enter(History *h, HistEvent *ev, const char *s) { return history(h, ev, H_ENTER, s); }
static inline int clibedit_history_load(History *h, HistEvent *ev, const char *p) { return history(h, ev, H_LOAD, p); }
static inline int clibedit_history_save(History *h, HistEvent *ev, const char *p) { return history(h, ev, H_SAVE, p); }
static inline int clibedit_history_clear(History *h, HistEvent *ev) { return history(h, ev, H_CLEAR); }
static inline int clibedit_history_last(History *h, HistEvent *ev) { return history(h, ev, H_LAST); }
static inline int clibedit_history_prev(History *h, HistEvent *ev) { return history(h, ev, H_PREV); }

/* ---- locale ---- */

static inline int clibedit_ctype_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/* libedit decodes input with the LC_CTYPE locale and silently drops bytes it
   cannot decode, so with LANG unset or "C" all non-ASCII text would vanish.
   Use the environment's locale if it is UTF-8, else the first UTF-8 locale
   that exists (minimal containers usually have only C.UTF-8).
   Must run before el_init(), which checks the codeset once. */
static inline int clibedit_use_utf8_ctype(void) {
    static const char *const fallbacks[] = { "C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8", NULL };
    setlocale(LC_CTYPE, "");
    if (clibedit_ctype_is_utf8()) return 1;
    for (int i = 0; fallbacks[i] != NULL; i++) {
        if (setlocale(LC_CTYPE, fallbacks[i]) != NULL && clibedit_ctype_is_utf8()) return 1;
    }
    return 0;
}

/* ---- signals ---- */

/* Set by the SIGINT handler; cleared by the editor before each el_gets(). */
static inline volatile sig_atomic_t *clibedit_sigint_flag(void) {
    static volatile sig_atomic_t seen = 0;
    return &seen;
}
static inline void clibedit_sigint_handler(int signo) {
    (void)signo;
    *clibedit_sigint_flag() = 1;
}
static inline void clibedit_clear_sigint(void) { *clibedit_sigint_flag() = 0; }
static inline int clibedit_sigint_seen(void) { return *clibedit_sigint_flag() != 0; }

/* A SIGINT handler that only records the signal, installed WITHOUT
   SA_RESTART: Ctrl-C then makes the blocking read() inside el_gets() fail
   with EINTR, so el_gets() returns NULL instead of the default action killing
   the process. How el_gets() reports it differs (count -1 while editing,
   count 0 inside incremental search, which treats a failed read as EOF), so
   the editor checks the flag rather than count/errno. */
static inline int clibedit_install_sigint_handler(struct sigaction *previous) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = clibedit_sigint_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    return sigaction(SIGINT, &sa, previous);
}
static inline int clibedit_restore_sigint(const struct sigaction *previous) {
    return sigaction(SIGINT, previous, NULL);
}

/* ---- terminal size ---- */

/* Columns of the terminal on `fd`, or 0 if unknown (ioctl is variadic). */
static inline int clibedit_terminal_columns(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
    return (int)ws.ws_col;
}

#endif
