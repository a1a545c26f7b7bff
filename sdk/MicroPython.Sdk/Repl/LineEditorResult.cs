namespace MicroPython.Sdk.Repl;

/// <summary>How <see cref="LineEditor.ReadLine"/> ended.</summary>
internal enum LineEditorResult
{
    /// <summary>Enter: the line is complete (and in the history).</summary>
    Entered,

    /// <summary>Ctrl-A on an empty line.</summary>
    CtrlA,

    /// <summary>Ctrl-B on an empty line.</summary>
    CtrlB,

    /// <summary>Ctrl-C on any line: cancel.</summary>
    CtrlC,

    /// <summary>Ctrl-D on an empty line.</summary>
    CtrlD,

    /// <summary>Ctrl-E on an empty line.</summary>
    CtrlE,

    /// <summary>Input ended (the terminal closed).</summary>
    EndOfInput,
}
