/// The Python worker each Typst process runs (`TypstPDFPool`): the compiler of PyPI's `typst` package
/// (0.15.0, which carries Typst 0.15 in one native module), loaded once with the font folders given on the
/// command line and no system fonts, so the same source gives the same bytes on any machine.
///
/// It prints `ready` (or `notypst <reason>` and exits when the package is missing), then reads one JSON
/// request a line on its standard input — `{"source": …, "target": …, "pdfa": true|false}` — and answers each
/// with one line: `ok`, or `error <reason>` (Typst's message, on one line). The PDF is written beside its
/// target and renamed into place, so a reader never sees half a file. The creation date is the paper's own
/// (`#set document(date:)`, ``TypstPreamble/documentRules(title:metadata:)``), unless `SOURCE_DATE_EPOCH` (the
/// reproducible-builds convention) is set: then it wins (the source reads `sys.inputs` "source-date-epoch" and
/// takes the timestamp); a source without a date gets the timestamp, 0 when unset. Same input, same bytes.
///
/// Where the time goes (`scripts/bench-pdf-engines.sh`): when `DAIHOI_TYPST_TIMINGS` names a file, the worker appends
/// to it one line when ready — `start <pid> <CPU s since the process began: Python, the typst module, the fonts>` —
/// and one a file — `file <pid> <CPU s reading the source> <CPU s in Typst's compile> <CPU s writing the PDF>`.
/// Kept as a string so the executable carries it.
enum TypstWorkerScript {
    static let source = #"""
import sys, os, json, time
try:
    import typst
except Exception as e:
    print("notypst " + " ".join(str(e).split()), flush=True)
    sys.exit(3)
stamp, inputs = 0, {}
try:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        stamp = int(os.environ["SOURCE_DATE_EPOCH"])
        inputs = {"source-date-epoch": str(stamp)}
except ValueError:
    stamp, inputs = 0, {}
fonts = [d for d in sys.argv[1:] if os.path.isdir(d)]
compiler = typst.Compiler(font_paths=fonts, ignore_system_fonts=True)
timings = os.environ.get("DAIHOI_TYPST_TIMINGS")
timings = open(timings, "a", buffering=1) if timings else None
if timings:
    timings.write("start %d %.4f\n" % (os.getpid(), time.process_time()))
print("ready " + getattr(typst, "__version__", "?"), flush=True)
for line in sys.stdin:
    try:
        job = json.loads(line)
        source, target = job["source"], job["target"]
        began = time.process_time()
        with open(source, "rb") as f:
            data = f.read()
        read = time.process_time()
        standards = ["a-2b"] if job.get("pdfa") else []
        pdf = compiler.compile(input=data, format="pdf", pdf_standards=standards, timestamp=stamp,
                               sys_inputs=inputs,
                               root=os.path.dirname(source))
        compiled = time.process_time()
        part = target + ".part"
        with open(part, "wb") as f:
            f.write(pdf)
        os.replace(part, target)
        if timings:
            ended = time.process_time()
            timings.write("file %d %.4f %.4f %.4f\n" % (os.getpid(), read - began, compiled - read, ended - compiled))
        print("ok", flush=True)
    except Exception as e:
        message = getattr(e, "message", None) or str(e)
        print("error " + " ".join(str(message).split()), flush=True)
"""#
}
