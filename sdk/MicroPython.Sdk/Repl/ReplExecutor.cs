using System;
using MicroPython.Compiler;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Hosting;

namespace MicroPython.Sdk.Repl;

/// <summary>
/// Compiles and runs one REPL input as <c>&lt;stdin&gt;</c> in <c>__main__</c>'s globals (pyexec's
/// parse_compile_execute). The caller decides where the exception text goes (the raw REPL frames it).
/// </summary>
internal sealed class ReplExecutor
{
    private readonly PyRuntime _runtime;
    private readonly DictObject _globals;
    private readonly IReplTerminal _terminal;

    public ReplExecutor(PyRuntime runtime, DictObject globals, IReplTerminal terminal)
    {
        _runtime = runtime;
        _globals = globals;
        _terminal = terminal;
    }

    /// <summary>
    /// Runs <paramref name="source"/>; returns the exception that escaped, or null. A SystemExit is returned too:
    /// <see cref="IsSystemExit"/> tells it apart and <see cref="ExitStatus"/> gives the process status.
    /// </summary>
    public PyObject? Run(string source, CompileMode mode, bool printExpressions)
    {
        // A heap lock left behind by the last input would make every later input fail: release it first.
        _runtime.Heap.ForceUnlock();
        _terminal.Output.Flush();
        _terminal.BeginProgram();
        try
        {
            var compiled = _runtime.CompileSource(source, "<stdin>", mode, printExpressions);
            _runtime.Execute(compiled, _globals);
            return null;
        }
        catch (PyException e)
        {
            return e.Value;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A .NET fault that escaped the VM is our bug; the user still gets a Python error, not a stack trace.
            return Errors.RuntimeError($"internal error: {e.GetType().Name}: {e.Message}").Value;
        }
        finally
        {
            _runtime.Stdout.Flush();
            _terminal.EndProgram();
            _runtime.CancelKeyboardInterrupt();
        }
    }

    /// <summary>Prints an exception's traceback as the REPL does (to stdout).</summary>
    public void PrintException(PyObject exception)
    {
        var output = _terminal.Output;
        TracebackPrinter.Print(output, exception);
    }

    public static bool IsSystemExit(PyObject exception) => Ops.IsInstance(exception, ExceptionTypes.SystemExit);

    /// <summary>
    /// The unix port's status for a SystemExit at the REPL: None → 0, an int → its low 8 bits; anything else
    /// (bools included) is printed with <c>str()</c> to stderr and gives 1.
    /// </summary>
    public int ExitStatus(PyObject systemExit)
    {
        int status = SystemExitStatus.From(systemExit, boolIsInt: false, out string? message);
        if (message != null)
        {
            _terminal.Output.Flush();
            _runtime.Stderr.Write(message + "\n");
            _runtime.Stderr.Flush();
        }

        return status;
    }
}
