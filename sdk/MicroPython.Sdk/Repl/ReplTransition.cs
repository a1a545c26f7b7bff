namespace MicroPython.Sdk.Repl;

/// <summary>Why the friendly or raw REPL returned to the engine.</summary>
internal enum ReplTransitionKind
{
    /// <summary>Ctrl-A: go to the raw REPL.</summary>
    ToRaw,

    /// <summary>Ctrl-B: go to the friendly REPL (banner first).</summary>
    ToFriendly,

    /// <summary>Ctrl-D on an empty input: soft reset (unix: leave with status 0).</summary>
    SoftReset,

    /// <summary>SystemExit, or input ended: leave the REPL with <see cref="ReplTransition.Status"/>.</summary>
    Exit,
}

/// <summary>A mode change requested from within the friendly or raw REPL.</summary>
internal readonly record struct ReplTransition(ReplTransitionKind Kind, int Status = 0);
