using System;
using System.Collections.Generic;
using System.IO;
using MicroPython.Memory;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// One interpreter instance: the module table, the builtins, stdio and limits. Native code reaches the running
/// instance through <see cref="Current"/> (set for the thread that runs Python code); the VM's hot path gets it
/// from its frame instead. Parts are contributed by partial files (imports, sys, execution).
/// </summary>
public sealed partial class PyRuntime
{
    [ThreadStatic]
    private static PyRuntime? t_current;

    public PyRuntime()
    {
        Builtins = new DictObject();
        Modules = new DictObject();
        Path = new ListObject();
        Argv = new ListObject();
        Heap = new HeapAccountant(_heapSizeBytes, _wordSizeBytes) { Roots = TraceRoots };
    }

    /// <summary>The runtime of the current thread.</summary>
    public static PyRuntime Current => t_current ?? throw new InvalidOperationException("no MicroPython runtime is active on this thread");

    /// <summary>The runtime of the current thread, or null.</summary>
    public static PyRuntime? CurrentOrNull => t_current;

    /// <summary>Makes this runtime current for the calling thread.</summary>
    public void MakeCurrent()
    {
        t_current = this;
        Heap.MakeCurrent();
        FloatObject.UseImplementation(_floatImpl);
    }

    /// <summary>The <c>builtins</c> module's dict: the last step of every global name lookup.</summary>
    public DictObject Builtins { get; }

    /// <summary><c>sys.modules</c>.</summary>
    public DictObject Modules { get; }

    /// <summary><c>sys.path</c>.</summary>
    public ListObject Path { get; }

    /// <summary><c>sys.argv</c>.</summary>
    public ListObject Argv { get; }

    /// <summary>Built-in (C-level) modules by name: created on first import.</summary>
    public Dictionary<string, Func<PyRuntime, ModuleObject>> BuiltinModules { get; } = new(StringComparer.Ordinal);

    // The process console is the default, taken only when first used: on a terminal, touching Console.Out/In
    // makes .NET initialise its terminal handling, which writes keypad escape sequences a host must not see.
    private TextWriter? _stdoutWriter;
    private TextWriter? _stderrWriter;
    private TextReader? _stdinReader;

    public TextWriter Stdout
    {
        get => _stdoutWriter ??= Console.Out;
        set => _stdoutWriter = value;
    }

    public TextWriter Stderr
    {
        get => _stderrWriter ??= Console.Error;
        set => _stderrWriter = value;
    }

    public TextReader Stdin
    {
        get => _stdinReader ??= Console.In;
        set => _stdinReader = value;
    }

    /// <summary>Python call depth at which <c>RuntimeError: maximum recursion depth exceeded</c> is raised.</summary>
    public int MaxRecursionDepth { get; set; } = 1000;

    /// <summary>Current Python call depth (maintained by the VM).</summary>
    public int CallDepth;

    /// <summary>Set asynchronously (Ctrl-C); the VM raises <c>KeyboardInterrupt</c> at the next backward jump or call.</summary>
    public volatile bool InterruptPending;
}
