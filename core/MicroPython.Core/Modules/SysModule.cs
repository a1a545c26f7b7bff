using System;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules;

/// <summary>The <c>sys</c> module (builtins-and-modules.md §3), bound to one runtime.</summary>
public static class SysModule
{
    /// <summary>Bytecode .mpy version 6, sub-version 3, no native architecture (bytecode only).</summary>
    public const int MpyVersion = MicroPython.Mpy.MpyFormat.SysImplementationMpy;

    /// <summary>
    /// <c>sys.maxsize</c>: the largest signed machine word (2³¹−1 on 32-bit boards), or the largest small int when
    /// the build has no big ints to hold a word (MicroPython's modsys.c).
    /// </summary>
    private static long MaxSize(PyRuntime runtime)
    {
        int bits = runtime.WordSizeBytes * 8;
        if (runtime.LongIntImpl == LongIntImplementation.None)
        {
            return (1L << (bits - 2)) - 1;
        }

        return bits >= 64 ? long.MaxValue : (1L << (bits - 1)) - 1;
    }

    public static ModuleObject Create(PyRuntime runtime)
    {
        var m = new ModuleObject("sys");
        var g = m.Globals;
        var info = runtime.Info;
        g.SetItem("argv", runtime.Argv);
        g.SetItem("path", runtime.Path);
        g.SetItem("modules", runtime.Modules);
        g.SetItem("platform", new StrObject(info.Platform));
        g.SetItem("byteorder", new StrObject("little"));
        g.SetItem("maxsize", IntObject.Get(MaxSize(runtime)));
        g.SetItem("version", new StrObject($"3.4.0; MicroPython {info.VersionTag} on {info.BuildDate}"));
        g.SetItem("version_info", TupleObject.Create(IntObject.Get(3), IntObject.Get(4), IntObject.Get(0)));
        g.SetItem("implementation", CreateImplementation(info));
        g.SetItem("executable", new StrObject(info.Executable));
        g.SetItem("ps1", new StrObject(">>> "));
        g.SetItem("ps2", new StrObject("... "));
        g.SetItem("stdin", runtime.StdinObject);
        g.SetItem("stdout", runtime.StdoutObject);
        g.SetItem("stderr", runtime.StderrObject);
        g.SetItem("exit", new BuiltinFunction("exit", 0, 1, args =>
            throw new PyException(new ExceptionObject(ExceptionTypes.SystemExit, TupleObject.FromSpan(args)))));
        g.SetItem("print_exception", new BuiltinFunction("print_exception", 1, 2, args =>
        {
            var writer = args.Length > 1 ? WriterOf(args[1]) : runtime.Stdout;
            TracebackPrinter.Print(writer, args[0]);
            return NoneObject.None;
        }));
        g.SetItem("exc_info", new BuiltinFunction("exc_info", () =>
        {
            var exc = runtime.CurrentException;
            if (exc == null)
            {
                return TupleObject.Create(NoneObject.None, NoneObject.None, NoneObject.None);
            }

            return TupleObject.Create(exc.Type, exc, NoneObject.None);
        }));
        g.SetItem("atexit", new BuiltinFunction("atexit", func =>
        {
            var previous = runtime.AtExit ?? (PyObject)NoneObject.None;
            runtime.AtExit = func;
            return previous;
        }));
        return m;
    }

    private static System.IO.TextWriter WriterOf(PyObject file)
    {
        if (file is TextStreamObject t)
        {
            return t.Writer;
        }

        return new PyWriterAdapter(file);
    }

    private static PyObject CreateImplementation(RuntimeInfo info)
    {
        var version = TupleObject.Create(
            IntObject.Get(info.Version.Major),
            IntObject.Get(info.Version.Minor),
            IntObject.Get(info.Version.Build),
            new StrObject(info.ReleaseLevel));
        return new AttrTupleObject(
            new[] { "name", "version", "_machine", "_mpy", "_build" },
            new PyObject[] { new StrObject("micropython"), version, new StrObject(info.Machine), IntObject.Get(MpyVersion), new StrObject(info.Build) });
    }
}
