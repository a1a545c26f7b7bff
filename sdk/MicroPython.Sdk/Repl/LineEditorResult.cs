namespace MicroPython.Sdk.Repl;

/// <summary>How <see cref="LineEditor.ReadLine"/> ended; Ctrl-A..E are their byte values (the editor returns the key).</summary>
internal enum LineEditorResult
{
    /// <summary>Enter: the line is complete (and in the history).</summary>
    Entered = 0,

    /// <summary>Ctrl-A on an empty line.</summary>
    CtrlA = 1,

    /// <summary>Ctrl-B on an empty line.</summary>
    CtrlB = 2,

    /// <summary>Ctrl-C on any line: cancel.</summary>
    CtrlC = 3,

    /// <summary>Ctrl-D on an empty line.</summary>
    CtrlD = 4,

    /// <summary>Ctrl-E on an empty line.</summary>
    CtrlE = 5,

    /// <summary>Input ended (the terminal closed).</summary>
    EndOfInput = 6,
}
