using System;

namespace MicroPython.Sdk.Plugins;

/// <summary>The requested port or board cannot be used; the interpreter cannot start (the message says what exists).</summary>
public sealed class PluginSelectionException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public PluginSelectionException(string message)
        : base(message)
    {
    }
}
