/// The Python-UNO driver each warm worker runs next to its `soffice` listener.
///
/// It connects to the listener's pipe, prints `ready`, then reads `SOURCE<TAB>TARGET` lines on its
/// standard input and answers each with one line: `ok` or `error <reason>`. It prints `nouno` and
/// exits when the Python it runs under has no `uno` module (Debian: `python3-uno`); at the end of its
/// input it asks LibreOffice to quit. Kept as a string so the executable carries it.
enum PDFUnoDriver {
    static let script = #"""
import sys, time
try:
    import uno
    from com.sun.star.beans import PropertyValue
except Exception:
    print("nouno", flush=True)
    sys.exit(3)

def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p

local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
deadline = time.time() + float(sys.argv[2])
while True:
    try:
        ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % sys.argv[1])
        break
    except Exception as e:
        if time.time() > deadline:
            print("error cannot connect to LibreOffice: %s" % str(e).replace("\n", " "), flush=True)
            sys.exit(1)
        time.sleep(0.05)
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
print("ready", flush=True)
for line in sys.stdin:
    source, target = line.rstrip("\n").split("\t")
    try:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0,
                                           (prop("Hidden", True), prop("ReadOnly", True)))
        if doc is None:
            raise RuntimeError("LibreOffice could not open the file")
        try:
            doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "writer_pdf_Export"),))
        finally:
            doc.close(True)
        print("ok", flush=True)
    except Exception as e:
        print("error %s" % str(e).replace("\n", " "), flush=True)
try:
    desktop.terminate()
except Exception:
    pass
"""#
}
