#!/usr/bin/env python3
"""How quickly `convene run` answers a facilitator at a real terminal.

Measures, in one run and on the same disk:

  * first prompt: from starting `convene resume DIR` on a session that
    already holds --items items (10,000 by default) to its prompt appearing
    on a pseudo-terminal, against starting and ending `/usr/bin/python3 -c pass`;
  * acknowledgement: from pressing Return after typing an item to the
    session saying it is saved, against one raw `write` + `fsync` of a line
    to a file in the same folder.

Bars: the first prompt is no slower than Python starting; an acknowledgement
takes at most 1.5 times one raw write + fsync. Prints the medians (and the
spread) and whether each bar is met. Not a test: figures go in the README.

Beside the acknowledgement it times, the same way, the floor: a small C
program (floor.c, built with `cc` when there is one) that only reads a line,
appends and fsyncs it, and answers; what it takes over the raw fsync is the
pseudo-terminal's round trip, which no program can avoid.

    python3 Benchmarks/ReplBenchmark/repl_benchmark.py          # builds convene as the README says first
    python3 Benchmarks/ReplBenchmark/repl_benchmark.py --build dynamic   # or another build, to compare
    python3 Benchmarks/ReplBenchmark/repl_benchmark.py --convene .build/debug/convene --no-build
"""
import argparse
import os
import pty
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import fcntl
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# How each build is made, and where: `static` is the README's build for
# running workshops (a fully static executable, in .build/release); the
# others go to folders of their own so that they do not rebuild it.
BUILDS = {
    "static": ([".build", "-Xswiftc", "-static-executable"], "the README's build: a fully static executable"),
    "static-stdlib": ([os.path.join(".build", "static-stdlib"), "--static-swift-stdlib"], "the Swift libraries linked in"),
    "dynamic": ([os.path.join(".build", "dynamic")], "plain `swift build -c release`"),
}

SCRIPT = """workshop "Benchmark" {
  purpose "Time how quickly the REPL answers."
  duration 2h
}

stage gather "Gather ideas" for 1h {
  say "One idea per line."
  prompt ideas "What could we do?"
}

stage sort "Sort them" for 30m {
  cluster ideas into themes
}

output csv themes to "themes.csv"
"""

# The facilitator's prompt ends like `[1/2 gather · 59m left] > `.
PROMPT_END = b"] > "
HERE = os.path.dirname(os.path.abspath(__file__))


def median_ms(samples):
    return statistics.median(samples) * 1000


def spread_ms(samples):
    ordered = sorted(samples)
    return ordered[len(ordered) // 10] * 1000, ordered[-1 - len(ordered) // 10] * 1000


class Terminal:
    """A program on a pseudo-terminal of 80x24."""

    def __init__(self, argv, env):
        self.started = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(argv[0], argv, env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.output = b""

    def read_until(self, marker, since=0, timeout=60):
        deadline = time.perf_counter() + timeout
        while marker not in self.output[since:]:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise SystemExit(f"timed out waiting for {marker!r}; output ends with {self.output[-400:]!r}")
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    raise SystemExit(f"the program ended; output ends with {self.output[-400:]!r}")
                self.output += chunk
        return time.perf_counter()

    def type(self, text):
        os.write(self.fd, text.encode())

    def finish(self):
        self.type("\x04")
        deadline = time.perf_counter() + 30
        while time.perf_counter() < deadline:
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if done:
                return
            ready, _, _ = select.select([self.fd], [], [], 0.1)
            if ready:
                try:
                    os.read(self.fd, 65536)
                except OSError:
                    pass
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)


def build_session(convene, folder, items):
    script = os.path.join(folder, "benchmark.convene")
    with open(script, "w") as file:
        file.write(SCRIPT)
    session = os.path.join(folder, "session")
    lines = "".join(f"Idea number {n}: more café, fewer meetings\n" for n in range(1, items + 1))
    started = time.perf_counter()
    subprocess.run([convene, "run", script, "--out", session], input=(lines + ":pause\n").encode(),
                   stdout=subprocess.DEVNULL, check=True)
    print(f"built a session of {items} items in {time.perf_counter() - started:.1f} s (each line saved and synced)")
    return session


def first_prompt(convene, session, env):
    terminal = Terminal([convene, "resume", session], env)
    seen = terminal.read_until(PROMPT_END)
    return terminal, seen - terminal.started


def new_session_prompt(convene, folder, number, env):
    script = os.path.join(folder, "benchmark.convene")
    terminal = Terminal([convene, "run", script, "--out", os.path.join(folder, f"new-{number}")], env)
    seen = terminal.read_until(PROMPT_END)
    terminal.finish()
    return seen - terminal.started


def python_start():
    started = time.perf_counter()
    subprocess.run(["/usr/bin/python3", "-c", "pass"], check=True)
    return time.perf_counter() - started


def acknowledgement(terminal, number):
    text = f"Benchmark idea {number}"
    terminal.type(text)
    terminal.read_until(text.encode())
    mark = len(terminal.output)
    terminal.type("\r")
    started = time.perf_counter()
    seen = terminal.read_until(text.encode(), since=mark)
    elapsed = seen - started
    terminal.read_until(PROMPT_END, since=mark)
    return elapsed


def floor_program(folder):
    """floor.c built into `folder`, or None without a C compiler."""
    compiler = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if compiler is None:
        return None
    binary = os.path.join(folder, "floor")
    subprocess.run([compiler, "-O2", "-o", binary, os.path.join(HERE, "floor.c")], check=True)
    return binary


def raw_write_fsync(folder, count):
    path = os.path.join(folder, "raw-fsync.txt")
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    line = ('{"seq":1,"event":"item","text":"Benchmark idea, as long as a journal line"}\n').encode()
    samples = []
    for _ in range(count):
        started = time.perf_counter()
        os.write(descriptor, line)
        os.fsync(descriptor)
        samples.append(time.perf_counter() - started)
    os.close(descriptor)
    return samples


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--convene", help="the binary to measure (default: the one --build makes)")
    parser.add_argument("--no-build", action="store_true", help="use the binary as it is")
    parser.add_argument("--build", choices=BUILDS, default="static",
                        help="; ".join(f"{name}: {what}" for name, (_, what) in BUILDS.items()) + " (default: static)")
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--starts", type=int, default=15, help="program starts to time")
    parser.add_argument("--acks", type=int, default=100, help="items to time")
    parser.add_argument("--dir", default=os.path.join(ROOT, ".build"), help="where the session goes (the disk measured)")
    args = parser.parse_args()

    scratch, *flags = BUILDS[args.build][0]
    convene = os.path.abspath(args.convene or os.path.join(ROOT, scratch, "release", "convene"))
    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "convene", "--scratch-path", os.path.join(ROOT, scratch)] + flags,
                       cwd=ROOT, check=True)
    print(f"measuring {convene}" + ("" if args.convene else f" ({BUILDS[args.build][1]})"))
    os.makedirs(args.dir, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="repl-benchmark-", dir=args.dir)
    home = os.path.join(folder, "home")
    os.makedirs(home)
    env = {"HOME": home, "TERM": "xterm", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    try:
        session = build_session(convene, folder, args.items)

        prompts, pythons, fresh = [], [], []
        for number in range(args.starts):
            pythons.append(python_start())
            terminal, elapsed = first_prompt(convene, session, env)
            prompts.append(elapsed)
            terminal.finish()
            fresh.append(new_session_prompt(convene, folder, number, env))

        terminal, _ = first_prompt(convene, session, env)
        floor_binary = floor_program(folder)
        floor = None
        if floor_binary:
            floor = Terminal([floor_binary, os.path.join(session, "floor.txt")], env)
            floor.read_until(PROMPT_END)
        acks, raws, floors = [], [], []
        for number in range(args.acks):
            acks.append(acknowledgement(terminal, number))
            raws += raw_write_fsync(session, 1)
            if floor:
                floors.append(acknowledgement(floor, number))
        terminal.finish()
        if floor:
            floor.finish()

        prompt_ms, python_ms = median_ms(prompts), median_ms(pythons)
        ack_ms, raw_ms = median_ms(acks), median_ms(raws)
        print(f"first prompt, {args.items} items:  median {prompt_ms:7.2f} ms  (10-90%: {spread_ms(prompts)[0]:.2f}-{spread_ms(prompts)[1]:.2f})")
        print(f"first prompt, new session:      median {median_ms(fresh):7.2f} ms  (10-90%: {spread_ms(fresh)[0]:.2f}-{spread_ms(fresh)[1]:.2f})")
        print(f"python3 -c pass:                median {python_ms:7.2f} ms  (10-90%: {spread_ms(pythons)[0]:.2f}-{spread_ms(pythons)[1]:.2f})")
        print(f"item acknowledged:              median {ack_ms:7.2f} ms  (10-90%: {spread_ms(acks)[0]:.2f}-{spread_ms(acks)[1]:.2f})")
        print(f"raw write + fsync:              median {raw_ms:7.2f} ms  (10-90%: {spread_ms(raws)[0]:.2f}-{spread_ms(raws)[1]:.2f})")
        if floors:
            floor_ms = median_ms(floors)
            print(f"floor (floor.c, same terminal): median {floor_ms:7.2f} ms  (10-90%: {spread_ms(floors)[0]:.2f}-{spread_ms(floors)[1]:.2f}; {floor_ms / raw_ms:.2f}x raw)")
        prompt_ok = prompt_ms <= python_ms
        ack_ok = ack_ms <= 1.5 * raw_ms
        print(f"bar: first prompt <= python start: {'met' if prompt_ok else 'NOT met'} ({prompt_ms / python_ms:.2f}x)")
        print(f"bar: acknowledgement <= 1.5x raw write+fsync: {'met' if ack_ok else 'NOT met'} ({ack_ms / raw_ms:.2f}x)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
