/* The least any program can do to acknowledge a line at a terminal: read it
   (the terminal edits and echoes it), append it to a file and fsync, then
   answer. The REPL benchmark times this the way it times `convene`, so the
   pseudo-terminal's own round trip shows next to the bar. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc != 2) return 2;
    int journal = open(argv[1], O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (journal < 0) return 1;
    char line[4096];
    const char *prompt = "[floor] > ";
    write(1, prompt, strlen(prompt));
    ssize_t count;
    while ((count = read(0, line, sizeof line - 1)) > 0) {
        write(journal, line, (size_t)count);
        fsync(journal);
        char answer[4200];
        int length = snprintf(answer, sizeof answer, "saved: %.*s%s", (int)count, line, prompt);
        write(1, answer, (size_t)length);
    }
    return 0;
}
