#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes steward(1) from resources/man/steward.1.in and the built steward's own --help.

    steward-man.py STEWARD TEMPLATE OUTPUT VERSION

The OPTIONS section is `steward --help`'s options; the COMMANDS section has one subsection per
command that `steward --help` lists, made from `steward COMMAND --help` (options as a list when it is
QCommandLineParser's layout, the text as it is otherwise). A command added to Steward is therefore in
the next build's page without anyone editing it. Fails (exit 1) when a help cannot be read, so that a
command whose --help is broken breaks the build rather than leaving a hole in the page.
"""
import datetime
import os
import re
import subprocess
import sys
import tempfile


def run_help(steward, args, home):
    """The help text of `steward ARGS`, in English, with paths of this machine taken out."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": home,
        "XDG_CONFIG_HOME": home + "/.config",
        "XDG_STATE_HOME": home + "/.local/state",
        "XDG_RUNTIME_DIR": home + "/run",
        # The lab's help names its state directory: the default of a user, not the builder's.
        "STEWARD_LAB_DIR": home + "/.local/state/steward/lab",
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "ASAN_OPTIONS": "detect_leaks=0",
    }
    try:
        p = subprocess.run([steward] + args, env=env, cwd=home, capture_output=True, text=True,
                           timeout=60)
    except subprocess.TimeoutExpired:
        sys.exit("steward-man: `steward %s` did not finish in 60 s" % " ".join(args))
    if p.returncode != 0:
        sys.exit("steward-man: `steward %s` failed (exit %d):\n%s" % (" ".join(args), p.returncode,
                                                                     p.stderr))
    return p.stdout.replace(home, "~")


def roff(text):
    """Plain text as roff: backslashes, dashes and a leading dot or quote made harmless."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    text = text.replace("“", "\\(lq").replace("”", "\\(rq").replace("’", "\\(cq")
    return re.sub(r"^([.'])", r"\\&\1", text, flags=re.M)


def sections(help_text):
    """QCommandLineParser's help: {"usage": str, "description": str, "Options": [...], ...}.

    Each entry of a list section is (names, description) with the wrapped lines joined; the
    description column is found from the first line of the section.
    """
    lines = help_text.rstrip("\n").split("\n")
    out = {"usage": "", "description": [], "Options": [], "Arguments": []}
    current = None
    column = 0
    for line in lines:
        if not out["usage"] and line.startswith("Usage: "):
            out["usage"] = line[len("Usage: "):]
            current = "description"
            continue
        if line.rstrip(":") in ("Options", "Arguments") and line.endswith(":"):
            current = line[:-1]
            column = 0
            continue
        if current == "description":
            if line.strip():
                out["description"].append(line.strip())
            continue
        if current in ("Options", "Arguments"):
            if not line.strip():
                continue
            m = re.match(r"^  (\S.*?)(?:\s{2,}(\S.*))?$", line)
            if m and not line.startswith("   "):
                # A new entry: names, then the description from its column on.
                if m.group(2) is not None:
                    column = line.index(m.group(2), len(m.group(1)) + 2)
                out[current].append([m.group(1), [line[column:]] if m.group(2) else []])
            elif out[current]:
                out[current][-1][1].append(line[column:] if column and len(line) > column
                                           and not line[:column].strip() else line.strip())
    return out


def option_items(entries):
    """Options as .TP items: names in bold, the value in italics."""
    items = []
    for names, desc in entries:
        parts = []
        for name in names.split(", "):
            m = re.match(r"^(-{1,2}[\w-]+)(?: <(.+)>)?$", name)
            if not m:
                parts.append(roff(name))
                continue
            part = "\\fB" + roff(m.group(1)) + "\\fR"
            if m.group(2):
                part += " \\fI" + roff(m.group(2)) + "\\fR"
            parts.append(part)
        items.append(".TP\n" + ", ".join(parts) + "\n" + roff(" ".join(d.strip() for d in desc)))
    return "\n".join(items)


def commands_of(main):
    """(name, summary) of each command in `steward --help`'s [command] argument.

    Its description is "A command to run without a window:" then one line per command, "  NAME  SUMMARY";
    QCommandLineParser wraps it at its description column and keeps a command's leading space, so a
    line that starts with a space begins a command and one that does not continues the summary.
    """
    for names, desc in main["Arguments"]:
        if names.strip("[]") != "command":
            continue
        commands = []
        for line in desc[1:]:
            m = re.match(r"^ +([a-z][a-z0-9-]*)  +(\S.*)$", line)
            if m:
                commands.append([m.group(1), m.group(2).strip()])
            elif commands:
                commands[-1][1] += " " + line.strip()
            else:
                sys.exit("steward-man: cannot read the command list of steward --help:\n" + "\n".join(desc))
        return commands
    sys.exit("steward-man: steward --help lists no [command] argument")


def command_section(steward, name, summary, home):
    text = run_help(steward, [name, "--help"], home)
    # The usage line names the program as it was started; a reader types `steward NAME`.
    text = re.sub(r"^(Usage: )\S*steward\b", r"\1steward " + name, text, count=1, flags=re.M)
    parsed = sections(text)
    out = [".SS " + roff(name), roff(summary)]
    if parsed["usage"] and parsed["Options"]:
        out.append(".PP\n.B " + roff(parsed["usage"]))
        if parsed["description"]:
            out.append(".PP\n" + roff(" ".join(parsed["description"])))
        if parsed["Arguments"]:
            out.append(".PP\nArguments:\n.RS")
            out.append(option_items(parsed["Arguments"]))
            out.append(".RE")
        options = [o for o in parsed["Options"] if not re.match(r"^-h, --help$|^--help-all$", o[0])]
        if options:
            out.append(".PP\nOptions:\n.RS")
            out.append(option_items(options))
            out.append(".RE")
    else:
        # Not QCommandLineParser's layout (the lab's own usage): the text as it is.
        out.append(".PP\n.nf\n" + roff(text.rstrip("\n")) + "\n.fi")
    return "\n".join(out)


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    steward, template, output, version = sys.argv[1:]
    steward = os.path.abspath(steward)
    with tempfile.TemporaryDirectory(prefix="steward-man-") as home:
        os.makedirs(home + "/run", mode=0o700)
        main_help = sections(run_help(steward, ["--help"], home))
        if not main_help["Options"]:
            sys.exit("steward-man: steward --help lists no options")
        options = option_items(main_help["Options"])
        commands = commands_of(main_help)
        command_text = "\n".join(command_section(steward, n, s, home) for n, s in commands)
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or None
    date = (datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc) if epoch
            else datetime.datetime.now(datetime.timezone.utc)).strftime("%Y-%m-%d")
    with open(template, encoding="utf-8") as f:
        page = f.read()
    for key, value in (("@OPTIONS@", options), ("@COMMANDS@", command_text), ("@VERSION@", version),
                       ("@DATE@", date)):
        if key not in page:
            sys.exit("steward-man: %s is not in %s" % (key, template))
        page = page.replace(key, value)
    with open(output + ".tmp", "w", encoding="utf-8") as f:
        f.write(page)
    os.replace(output + ".tmp", output)


if __name__ == "__main__":
    main()
