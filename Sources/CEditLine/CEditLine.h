// The parts of libedit that Swift can reach.
//
// `el_set`, `el_get` and `history` are variadic, so Swift cannot call them:
// each use is wrapped here in a `static inline` function with a fixed
// signature. C globals such as `stdin` are not safe to touch from Swift 6, so
// they are reached through these functions too. Only the LineEditing module
// includes this header.
#ifndef CEDITLINE_H
#define CEDITLINE_H

#include <histedit.h>
#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

typedef char *(*cel_prompt_function)(EditLine *);
typedef unsigned char (*cel_key_function)(EditLine *, int);

/// Starts an editor on the process's standard streams.
static inline EditLine *cel_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline int cel_set_prompt(EditLine *editor, cel_prompt_function prompt) {
    return el_set(editor, EL_PROMPT, prompt);
}

static inline int cel_set_editor(EditLine *editor, const char *mode) {
    return el_set(editor, EL_EDITOR, mode);
}

static inline int cel_set_signal_handling(EditLine *editor, int on) {
    return el_set(editor, EL_SIGNAL, on);
}

static inline int cel_set_history(EditLine *editor, History *history_list) {
    return el_set(editor, EL_HIST, history, history_list);
}

static inline int cel_set_read_function(EditLine *editor, el_rfunc_t read_function) {
    return el_set(editor, EL_GETCFN, read_function);
}

static inline int cel_set_client_data(EditLine *editor, void *data) {
    return el_set(editor, EL_CLIENTDATA, data);
}

static inline void *cel_client_data(EditLine *editor) {
    void *data = NULL;
    el_get(editor, EL_CLIENTDATA, &data);
    return data;
}

static inline int cel_add_function(EditLine *editor, const char *name, const char *help, cel_key_function function) {
    return el_set(editor, EL_ADDFN, name, help, function);
}

static inline int cel_bind(EditLine *editor, const char *keys, const char *command) {
    return el_set(editor, EL_BIND, keys, command, NULL);
}

/// Turns libedit's editing on or off. While it is off, libedit leaves the
/// terminal's mode alone: `el_wgets` does not switch it back when the line
/// ends, and `el_end` does not restore it.
static inline int cel_set_editing(EditLine *editor, int on) {
    return el_set(editor, EL_EDITMODE, on);
}

/// Puts the terminal back in libedit's editing mode, after the program was
/// stopped (Ctrl-Z) and the shell set its own mode meanwhile.
static inline void cel_prepare_terminal_again(EditLine *editor) {
    el_set(editor, EL_PREP_TERM, 0);
    el_set(editor, EL_PREP_TERM, 1);
}

/// Redraws the prompt and the line being edited.
static inline int cel_refresh(EditLine *editor) {
    return el_set(editor, EL_REFRESH);
}

static inline History *cel_history_init(int size) {
    History *history_list = history_init();
    if (history_list == NULL) return NULL;
    HistEvent event;
    history(history_list, &event, H_SETSIZE, size);
    history(history_list, &event, H_SETUNIQUE, 1);
    return history_list;
}

static inline int cel_history_enter(History *history_list, const char *line) {
    HistEvent event;
    return history(history_list, &event, H_ENTER, line);
}

/// Makes sure the program reads and writes UTF-8 text: without a UTF-8
/// `LC_CTYPE`, libedit drops every byte above 127. Returns 1 when a UTF-8
/// locale is in effect afterwards.
static inline int cel_use_utf8_locale(void) {
    const char *chosen = setlocale(LC_CTYPE, "");
    if (chosen != NULL && MB_CUR_MAX > 1) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL && MB_CUR_MAX > 1) return 1;
    return setlocale(LC_CTYPE, "en_US.UTF-8") != NULL && MB_CUR_MAX > 1;
}

static inline int cel_stdin_is_terminal(void) { return isatty(STDIN_FILENO); }
static inline ssize_t cel_write_stdout(const void *bytes, size_t count) { return write(STDOUT_FILENO, bytes, count); }
static inline int cel_last_error_was_interrupt(void) { return errno == EINTR; }
static inline int cel_stdout_is_terminal(void) { return isatty(STDOUT_FILENO); }

/// Signals noticed since the last `cel_take_signals`, as bits.
#define CEL_SIGNAL_INTERRUPT 1
#define CEL_SIGNAL_RESIZE 2
#define CEL_SIGNAL_CONTINUE 4

// Swift code must reach this only from one file (see SignalWatch.swift):
// every Swift file that uses it would otherwise get its own copy.
static volatile sig_atomic_t cel_pending_signals = 0;

static void cel_note_signal(int number) {
    switch (number) {
    case SIGINT: cel_pending_signals |= CEL_SIGNAL_INTERRUPT; break;
    case SIGWINCH: cel_pending_signals |= CEL_SIGNAL_RESIZE; break;
    case SIGCONT: cel_pending_signals |= CEL_SIGNAL_CONTINUE; break;
    default: break;
    }
}

/// Notes SIGINT, SIGWINCH and SIGCONT instead of letting them end the
/// process. Without SA_RESTART, so a blocked `read` returns EINTR and the
/// line editor gets to react.
static inline void cel_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cel_note_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGWINCH, &action, NULL);
    sigaction(SIGCONT, &action, NULL);
}

static inline int cel_take_signals(void) {
    return __atomic_exchange_n(&cel_pending_signals, 0, __ATOMIC_SEQ_CST);
}

/// Result codes of `cel_read_byte` other than a byte (0…255).
#define CEL_READ_END (-1)
#define CEL_READ_INTERRUPTED (-2)
#define CEL_READ_TIMEOUT (-3)
#define CEL_READ_FAILED (-4)

/// Waits up to `timeout_ms` (or forever when negative) for one byte of
/// standard input.
static inline int cel_read_byte(int timeout_ms) {
    struct pollfd poll_entry = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    int ready = poll(&poll_entry, 1, timeout_ms);
    if (ready < 0) return errno == EINTR ? CEL_READ_INTERRUPTED : CEL_READ_FAILED;
    if (ready == 0) return CEL_READ_TIMEOUT;
    unsigned char byte = 0;
    ssize_t count = read(STDIN_FILENO, &byte, 1);
    if (count == 1) return byte;
    if (count == 0) return CEL_READ_END;
    return errno == EINTR ? CEL_READ_INTERRUPTED : CEL_READ_FAILED;
}

// glibc declares wcwidth only for X/Open builds, which Swift's C modules are not.
int wcwidth(wchar_t character);

/// Columns a character takes on a terminal in the current locale; -1 for
/// control characters.
static inline int cel_character_width(unsigned int character) {
    return wcwidth((wchar_t)character);
}

/// Stops the terminal echoing keys and collecting them into lines. libedit
/// draws the prompt first and only then switches the terminal to raw mode,
/// so keys typed right after the prompt appears would be echoed by the
/// terminal itself. Called around `el_wgets` unless the terminal is still raw
/// from the line before; `el_end` gives the terminal back in the mode it
/// was found in.
static inline void cel_stop_echo(void) {
    struct termios settings;
    if (tcgetattr(STDIN_FILENO, &settings) != 0) return;
    settings.c_lflag &= ~(tcflag_t)(ECHO | ICANON);
    settings.c_cc[VMIN] = 1;
    settings.c_cc[VTIME] = 0;
    tcsetattr(STDIN_FILENO, TCSANOW, &settings);
}

/// The terminal's width in columns, or 80 when it cannot be told.
static inline int cel_terminal_columns(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 80;
}

#endif
