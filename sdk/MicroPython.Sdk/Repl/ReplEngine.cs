using System;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Sdk.Repl;

/// <summary>
/// MicroPython's interactive REPL over a byte stream: the friendly REPL (line editing, history, auto-indent,
/// Tab completion, paste mode) and the raw REPL with raw paste that tools such as mpremote drive. A host launcher
/// wires it to its terminal; a simulated board to its serial console. The bytes written are MicroPython's
/// (shared/facts/repl.md).
/// </summary>
public sealed class ReplEngine
{
    private readonly ReplIo _io;
    private readonly ReplOptions _options;
    private readonly FriendlyRepl _friendly;
    private readonly RawRepl _raw;

    /// <summary>Creates a REPL running inputs in <paramref name="globals"/> (the <c>__main__</c> module's dict).</summary>
    public ReplEngine(PyRuntime runtime, DictObject globals, IReplTerminal terminal, ReplOptions options)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(terminal);
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _io = new ReplIo(terminal);
        var executor = new ReplExecutor(runtime, globals, terminal);
        var editor = new LineEditor(_io, options.History, new CompletionProvider(runtime, globals));
        _friendly = new FriendlyRepl(runtime, _io, editor, executor);
        _raw = new RawRepl(_io, executor);
    }

    /// <summary>Runs the REPL, starting in friendly mode, until it is left; returns the process exit status.</summary>
    public int Run()
    {
        bool raw = false;
        WriteBanner();
        while (true)
        {
            var transition = raw ? _raw.Run() : _friendly.Run();
            switch (transition.Kind)
            {
                case ReplTransitionKind.ToRaw:
                    raw = true;
                    break;
                case ReplTransitionKind.ToFriendly:
                    raw = false;
                    WriteBanner();
                    break;
                case ReplTransitionKind.SoftReset when _options.SoftReset != null:
                    _io.Write("MPY: soft reboot\r\n");
                    _options.SoftReset();
                    if (!raw)
                    {
                        WriteBanner();
                    }

                    break;
                default:
                    _io.Output.Flush();
                    return transition.Status;
            }
        }
    }

    private void WriteBanner()
    {
        _io.Write(_options.BannerLine + "\r\n");
        if (_options.ShowHelpLine)
        {
            _io.Write("Type \"help()\" for more information.\r\n");
        }
    }
}
