using System;

namespace MicroPython.Config;

/// <summary>
/// A configuration that cannot be used: an unknown option, a bad value, or a layer that cannot be read. The
/// message is one line naming the key, the value and the layer; the launcher prints it and exits with status 1.
/// </summary>
public sealed class MpConfigException : Exception
{
    /// <summary>An unknown key or a bad value.</summary>
    public MpConfigException(string key, string value, string layer, string reason)
        : base($"{key}={value} from {layer}: {reason}")
    {
        Key = key;
        Value = value;
        Layer = layer;
    }

    /// <summary>A layer that cannot be read (missing file, malformed JSON).</summary>
    public MpConfigException(string layer, string reason, Exception? inner = null)
        : base($"{layer}: {reason}", inner)
    {
        Key = string.Empty;
        Value = string.Empty;
        Layer = layer;
    }

    /// <summary>The option name as written in the layer (empty when the layer itself is unreadable).</summary>
    public string Key { get; }

    /// <summary>The value as written in the layer.</summary>
    public string Value { get; }

    /// <summary>The layer, with its file or option (<c>user file /tmp/mpconfig.json</c>).</summary>
    public string Layer { get; }
}
