namespace MicroPython.Sdk.Repl;

/// <summary>How a <see cref="ReplEngine"/> presents itself and what a soft reset means on this port.</summary>
public sealed class ReplOptions
{
    /// <summary>The banner's first line, <c>MicroPython &lt;version&gt; on &lt;date&gt;; &lt;machine&gt;</c>.</summary>
    public required string BannerLine { get; init; }

    /// <summary>Whether the banner's <c>Type "help()" for more information.</c> line is printed (builds with <c>help</c>).</summary>
    public bool ShowHelpLine { get; init; } = true;

    /// <summary>Line-editor history; unix keeps 50 entries, boards 8.</summary>
    public ReplHistory History { get; init; } = new(ReplHistory.BoardCapacity);

    /// <summary>
    /// What Ctrl-D at an empty prompt (or an empty raw-REPL command) does. Null: leave the REPL with status 0, as
    /// the unix port does. Otherwise a board's soft reset: the engine prints <c>MPY: soft reboot</c>, calls this and
    /// shows the banner (or the raw-REPL prompt) again.
    /// </summary>
    public System.Action? SoftReset { get; init; }
}
