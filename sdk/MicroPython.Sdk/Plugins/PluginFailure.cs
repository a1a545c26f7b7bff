using System;

namespace MicroPython.Sdk.Plugins;

/// <summary>A plug-in that was skipped, and why (printed as one line naming the plug-in).</summary>
/// <param name="Plugin">The plug-in's name (the folder name when the manifest could not be read).</param>
/// <param name="Reason">One line saying what is wrong.</param>
public sealed record PluginFailure(string Plugin, string Reason)
{
    /// <summary>The failure of code the plug-in itself ran (constructor, definitions, service registration).</summary>
    public static PluginFailure InitializerFailed(string plugin, Exception e) => new(plugin, InitializerReason(e));

    /// <summary>The one-line reason for an exception thrown by a plug-in's own code.</summary>
    public static string InitializerReason(Exception e) => $"initializer failed: {e.GetType().Name}: {FirstLine(e.Message)}";

    /// <summary>Keeps a reason on one line, whatever the underlying message looks like.</summary>
    public static string FirstLine(string text)
    {
        int nl = text.AsSpan().IndexOfAny('\r', '\n');
        return nl < 0 ? text : text.Substring(0, nl);
    }

    /// <summary>The line the launcher prints on stderr.</summary>
    public override string ToString() => $"plug-in '{Plugin}' not loaded: {Reason}";
}
