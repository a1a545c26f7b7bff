using MicroPython.Objects;

namespace MicroPython.Runtime;

// Host-facing state: what the port reports, the standard stream objects, exit hooks.
public sealed partial class PyRuntime
{
    private TextStreamObject? _stdin;
    private TextStreamObject? _stdout;
    private TextStreamObject? _stderr;

    /// <summary>Platform, version and banner data of the running port.</summary>
    public RuntimeInfo Info { get; set; } = new();

    /// <summary><c>sys.stdin</c>.</summary>
    public TextStreamObject StdinObject => _stdin ??= new TextStreamObject(0, null, () => Stdin);

    /// <summary><c>sys.stdout</c>.</summary>
    public TextStreamObject StdoutObject => _stdout ??= new TextStreamObject(1, () => Stdout, null);

    /// <summary><c>sys.stderr</c>.</summary>
    public TextStreamObject StderrObject => _stderr ??= new TextStreamObject(2, () => Stderr, null);

    /// <summary>The function registered with <c>sys.atexit</c>, run when the program ends.</summary>
    public PyObject? AtExit { get; set; }

    /// <summary>Optimisation level (<c>-O</c>, <c>micropython.opt_level</c>): ≥1 drops asserts.</summary>
    public int OptimizationLevel { get; set; }
}
