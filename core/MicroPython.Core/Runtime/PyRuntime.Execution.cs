using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Vm;

namespace MicroPython.Runtime;

/// <summary>MicroPython's <c>MICROPY_ERROR_REPORTING</c> levels (errors-and-tracebacks.md §2).</summary>
public enum ErrorReportingLevel
{
    None = 0,
    Terse = 1,
    Normal = 2,
    Detailed = 3,
}

// Running code: loading compiled modules into code objects and executing them on the VM.
public sealed partial class PyRuntime
{
    /// <summary>
    /// The exception whose handler is running, for <c>sys.exc_info()</c> (MicroPython's
    /// <c>MP_STATE_VM(cur_exception)</c>): set when the VM enters an except/finally handler and cleared whenever an
    /// exception block is popped.
    /// </summary>
    public PyObject? CurrentException;

    /// <summary>The innermost Python frame running on this runtime (null outside Python code); maintained by the VM.</summary>
    public Frame? CurrentFrame;

    /// <summary>Detail of the messages the VM produces for argument errors (DETAILED on unix).</summary>
    public ErrorReportingLevel ErrorReporting { get; set; } = ErrorReportingLevel.Detailed;

    /// <summary>
    /// Loads <paramref name="module"/> and runs its top-level code with <paramref name="globals"/> as the module
    /// namespace (and <paramref name="locals"/>, when given, as the LOAD_NAME/STORE_NAME dict, as for
    /// <c>exec(code, globals, locals)</c>). Returns what the code returns (None for a module; the value for code
    /// compiled in eval mode). An uncaught Python exception is thrown as <see cref="PyException"/>, with its
    /// traceback entries recorded.
    /// </summary>
    public PyObject Execute(CompiledModule module, DictObject globals, DictObject? locals = null)
    {
        MakeCurrent();
        CurrentGlobalsProvider ??= () => CurrentFrame?.Globals;
        var code = CodeLoader.Load(this, module);
        return Interpreter.RunBody(code, globals, locals ?? globals);
    }

    /// <summary>Runs an already loaded code object (e.g. one loaded once and run many times).</summary>
    public PyObject Execute(CodeObject code, DictObject globals, DictObject? locals = null)
    {
        MakeCurrent();
        CurrentGlobalsProvider ??= () => CurrentFrame?.Globals;
        return Interpreter.RunBody(code, globals, locals ?? globals);
    }
}
