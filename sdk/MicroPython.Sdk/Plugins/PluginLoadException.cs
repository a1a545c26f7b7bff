using System;

namespace MicroPython.Sdk.Plugins;

/// <summary>Why a plug-in could not be used; the message is one line, reported after the plug-in's name.</summary>
public sealed class PluginLoadException : Exception
{
    /// <summary>Creates the exception with a one-line reason.</summary>
    public PluginLoadException(string reason)
        : base(reason)
    {
    }

    /// <summary>Creates the exception with a one-line reason and its cause.</summary>
    public PluginLoadException(string reason, Exception inner)
        : base(reason, inner)
    {
    }
}
