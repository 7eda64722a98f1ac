#!/usr/bin/python3
"""daihoi.1 from the help the binary itself prints: `daihoi --experimental-dump-help | scripts/manpage.py > daihoi.1`.

Generated, never hand-written, so the man page says what `--help` says. The first line declares UTF-8 for man-db
(preconv), which is what keeps the Vietnamese letters: without it `man -l` reads the page as Latin-1 and drops them.
Standard library only (runs under Debian's /usr/bin/python3).
"""
import json
import sys

VERSION_LINE = "daihoi"


def roff(text):
    """Text as roff: backslashes doubled, a line starting with '.' or "'" protected, blank lines as paragraph breaks."""
    out = []
    for line in (text or "").replace("\\", "\\e").split("\n"):
        if line.strip() == "":
            out.append(".PP")
        elif line.startswith((".", "'")):
            out.append("\\&" + line)
        elif line.startswith("  "):
            # An indented example line: kept as it is, on its own line.
            out.append(".br\n\\&" + line.strip())
        else:
            out.append(line)
    return "\n".join(out)


def option_names(argument):
    names = []
    for name in argument.get("names") or []:
        dash = "--" if name["kind"] == "long" else "-"
        names.append("\\fB" + dash.replace("-", "\\-") + name["name"].replace("-", "\\-") + "\\fR")
    return ", ".join(names)


def argument_lines(argument):
    if not argument.get("shouldDisplay", True):
        return []
    value = argument.get("valueName")
    if argument["kind"] == "positional":
        head = "\\fI" + (value or "value") + "\\fR"
    else:
        head = option_names(argument)
        if argument["kind"] == "option" and value:
            head += " \\fI" + value + "\\fR"
    lines = [".TP", head]
    text = argument.get("abstract") or ""
    if argument.get("defaultValue"):
        text += " (" + argument["defaultValue"] + ")"
    lines.append(roff(text))
    if argument.get("discussion"):
        lines.append(roff(argument["discussion"]))
    return lines


def command_section(command, path, top):
    lines = []
    if not top:
        lines += [".SH " + " ".join(path).upper().replace("-", "\\-"), roff(command.get("abstract", ""))]
    usage = " ".join(path)
    lines += [".PP", "\\fB" + usage.replace("-", "\\-") + "\\fR" + (" [\\fIoptions\\fR]" if command.get("arguments") else "")]
    if command.get("discussion"):
        lines += [".PP", roff(command["discussion"])]
    arguments = [a for a in command.get("arguments") or [] if a.get("shouldDisplay", True)]
    if arguments:
        lines.append(".PP")
        for argument in arguments:
            lines += argument_lines(argument)
    for sub in command.get("subcommands") or []:
        if sub.get("shouldDisplay", True) and sub["commandName"] != "help":
            lines += command_section(sub, path + [sub["commandName"]], False)
    return lines


def main():
    info = json.load(sys.stdin)["command"]
    name = info["commandName"]
    lines = [
        "'\\\" -*- coding: UTF-8 -*-",
        '.TH "%s" "1" "" "" ""' % name.upper(),
        ".SH NAME",
        "%s \\- %s" % (name, roff(info.get("abstract", ""))),
        ".SH SYNOPSIS",
        "\\fB%s\\fR \\fIcommand\\fR [\\fIoptions\\fR]" % name,
        ".SH DESCRIPTION",
    ]
    lines += command_section(info, [name], True)
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
