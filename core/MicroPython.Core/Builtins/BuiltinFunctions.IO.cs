using System;
using System.Text;
using MicroPython.Compiler;
using MicroPython.Io;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Builtins;

// print, input, open, and the compiler entry points compile/eval/exec/execfile.
public static partial class BuiltinFunctions
{
    private static readonly StrObject s_write = StrObject.Intern("write");

    [ThreadStatic]
    private static StringBuilder? t_printBuilder;

    /// <summary>
    /// <c>print(*objects, sep=' ', end='\n', file=None)</c>. Standard streams (and the default) get the whole line
    /// in one write; any other <c>file</c> gets one <c>write</c> call per piece, as CPython makes them.
    /// </summary>
    public static PyObject Print(ReadOnlySpan<PyObject> args, int nKw)
    {
        int nPos = args.Length - (2 * nKw);
        string sep = " ";
        string end = "\n";
        PyObject? file = null;
        for (int k = nPos; k < args.Length; k += 2)
        {
            var value = args[k + 1];
            bool none = ReferenceEquals(value, NoneObject.None);
            switch (((StrObject)args[k]).Value)
            {
                case "sep":
                    sep = none ? " " : Ops.ToStr(value);
                    break;
                case "end":
                    end = none ? "\n" : Ops.ToStr(value);
                    break;
                case "file":
                    file = none ? null : value;
                    break;
                default:
                    throw Errors.TypeError("extra keyword arguments given");
            }
        }

        if (file != null && file is not TextStreamObject)
        {
            for (int i = 0; i < nPos; i++)
            {
                if (i > 0)
                {
                    WriteTo(file, sep);
                }

                WriteTo(file, Ops.Str(args[i]));
            }

            WriteTo(file, end);
            return NoneObject.None;
        }

        var sb = t_printBuilder ?? new StringBuilder();
        t_printBuilder = null;
        try
        {
            sb.Clear();
            for (int i = 0; i < nPos; i++)
            {
                if (i > 0)
                {
                    sb.Append(sep);
                }

                Ops.PrintTo(sb, args[i], false);
            }

            sb.Append(end);
            var writer = file is TextStreamObject ts ? ts.Writer : PyRuntime.Current.Stdout;
            writer.Write(sb);
        }
        finally
        {
            // Printing may re-enter print (a __str__ that prints), so the cached builder is taken, not shared.
            if (sb.Capacity <= 4096)
            {
                t_printBuilder = sb;
            }
        }

        return NoneObject.None;
    }

    private static void WriteTo(PyObject file, string text)
    {
        Span<PyObject> one = new PyObject[] { StrObject.Create(text) };
        Ops.CallMethod(file, s_write, one);
    }

    /// <summary><c>input([prompt])</c>: reads a line from stdin without its newline; EOF raises <c>EOFError</c>.</summary>
    public static PyObject Input(ReadOnlySpan<PyObject> args)
    {
        var rt = PyRuntime.Current;
        if (args.Length == 1)
        {
            rt.Stdout.Write(Ops.Str(args[0]));
            rt.Stdout.Flush();
        }

        var line = rt.Stdin.ReadLine();
        if (line == null)
        {
            throw Errors.Make(ExceptionTypes.EOFError, (string?)null);
        }

        return StrObject.Create(line);
    }

    private static readonly string[] s_openNames = { "file", "mode", "buffering", "encoding" };

    /// <summary>
    /// <c>open(file, mode='r', buffering=-1, encoding=None)</c> on the runtime's filesystem: a text file
    /// (<c>io.TextIOWrapper</c>) or, with <c>'b'</c> in the mode, a binary one (<c>io.FileIO</c>). Failures are
    /// <c>OSError: [Errno n] NAME</c>; buffering and encoding are accepted and ignored (text is always UTF-8).
    /// </summary>
    public static PyObject Open(ReadOnlySpan<PyObject> args, int nKw)
    {
        Span<PyObject?> a = new PyObject?[4];
        ArgParser.Parse(args, nKw, s_openNames, 1, 4, a);
        var rt = PyRuntime.Current;
        string path = Ops.ToStr(a[0]!);
        var mode = FileOpenMode.Parse(a[1] == null ? "r" : Ops.ToStr(a[1]!));
        var fs = rt.RequireFileSystem();
        System.IO.Stream stream;
        try
        {
            stream = fs.Open(path, mode);
        }
        catch (FileSystemException e)
        {
            throw Errors.OSError(e.Errno);
        }

        return mode.Binary ? new FileIOObject(rt, stream) : new TextIOWrapperObject(rt, stream);
    }

    /// <summary>Registers <c>compile</c>, <c>eval</c>, <c>exec</c> and <c>execfile</c>.</summary>
    internal static void RegisterCompilerFunctions(DictObject builtins)
    {
        builtins.SetItem("compile", new BuiltinFunction("compile", 3, 6, Compile));
        builtins.SetItem("eval", new BuiltinFunction("eval", 1, 3, Eval));
        builtins.SetItem("exec", new BuiltinFunction("exec", 1, 3, Exec));
        builtins.SetItem("execfile", new BuiltinFunction("execfile", 1, 3, ExecFile));
    }

    /// <summary><c>compile(source, filename, mode)</c>: a code object for <c>exec</c>/<c>eval</c>; extra arguments (flags) are ignored.</summary>
    public static PyObject Compile(ReadOnlySpan<PyObject> args)
    {
        string source = SourceText(args[0]);
        string fileName = Ops.ToStr(args[1]);
        var mode = Ops.ToStr(args[2]) switch
        {
            "exec" => CompileMode.Exec,
            "eval" => CompileMode.Eval,
            "single" => CompileMode.Single,
            _ => throw Errors.ValueError("bad compile mode"),
        };

        return new CompiledCodeObject(PyRuntime.Current.CompileSource(source, fileName, mode), mode);
    }

    /// <summary><c>eval(source_or_code[, globals[, locals]])</c>.</summary>
    public static PyObject Eval(ReadOnlySpan<PyObject> args) => EvalExec(args, CompileMode.Eval);

    /// <summary><c>exec(source_or_code[, globals[, locals]])</c>: returns None (or the value of eval-mode code).</summary>
    public static PyObject Exec(ReadOnlySpan<PyObject> args) => EvalExec(args, CompileMode.Exec);

    /// <summary><c>execfile(filename[, globals[, locals]])</c> (MicroPython only): runs a source file.</summary>
    public static PyObject ExecFile(ReadOnlySpan<PyObject> args)
    {
        var rt = PyRuntime.Current;
        string fileName = Ops.ToStr(args[0]);
        var (globals, locals) = Namespaces(rt, args);
        string source = rt.ReadSourceFile(fileName) ?? throw Errors.OSError(Errno.ENOENT);
        rt.Execute(rt.CompileSource(source, fileName, CompileMode.Exec), globals, locals);
        return NoneObject.None;
    }

    /// <summary>
    /// The body of eval/exec (MicroPython's <c>eval_exec_helper</c>): the namespaces default to the current globals
    /// (locals are globals in MicroPython); a single dict serves as both; anything but a dict or None is
    /// <c>TypeError: </c> with no message.
    /// </summary>
    private static PyObject EvalExec(ReadOnlySpan<PyObject> args, CompileMode mode)
    {
        var rt = PyRuntime.Current;
        var (globals, locals) = Namespaces(rt, args);
        if (args[0] is CompiledCodeObject code)
        {
            return rt.Execute(code.Module, globals, locals);
        }

        var compiled = rt.CompileSource(SourceText(args[0]), "<string>", mode);
        var result = rt.Execute(compiled, globals, locals);
        return mode == CompileMode.Eval ? result : NoneObject.None;
    }

    private static (DictObject Globals, DictObject Locals) Namespaces(PyRuntime rt, ReadOnlySpan<PyObject> args)
    {
        var globals = rt.CurrentGlobals();
        var locals = globals;
        for (int i = 1; i < 3 && i < args.Length; i++)
        {
            if (ReferenceEquals(args[i], NoneObject.None))
            {
                continue;
            }

            if (args[i] is not DictObject d)
            {
                throw Errors.Make(ExceptionTypes.TypeError, (string?)null);
            }

            locals = d;
            if (i == 1)
            {
                globals = d;
            }
        }

        return (globals, locals);
    }

    /// <summary>Source text from a str, or from a bytes-like object read as UTF-8.</summary>
    private static string SourceText(PyObject source)
    {
        if (Ops.AsStr(source) is { } s)
        {
            return s.Value;
        }

        return Encoding.UTF8.GetString(Buffer.GetBytes(source));
    }
}
