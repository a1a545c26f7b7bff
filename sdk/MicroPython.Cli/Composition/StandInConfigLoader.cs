using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using MicroPython.Config;
using MicroPython.Sdk.Plugins;

namespace MicroPython.Cli.Composition;

/// <summary>
/// TEMPORARY stand-in for the layered configuration loader (sdk/MicroPython.Sdk/Configuration, being built in
/// parallel): reads the port's <c>mpconfigport.json</c> and the board's <c>mpconfigboard.json</c> (flat objects of
/// <c>"MICROPY_…": value</c>) and lets <c>MICROPY_…</c> environment variables override the options they define.
/// Replace every use with the real loader and delete this file when it lands.
/// </summary>
internal static class StandInConfigLoader
{
    public static MpConfig Load(string? portFile, string? boardFile)
    {
        var values = new Dictionary<string, MpConfigValue>(StringComparer.Ordinal);
        Read(values, portFile, "port");
        Read(values, boardFile, "board");
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            if (e.Key is string key && values.ContainsKey(key) && e.Value is string text)
            {
                values[key] = new MpConfigValue(text, "environment");
            }
        }

        return new MpConfig(values);
    }

    private static JsonDocument Parse(string path)
    {
        try
        {
            var doc = JsonDocument.Parse(File.ReadAllText(path));
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                doc.Dispose();
                throw new PluginSelectionException($"{path}: expected a JSON object of options");
            }

            return doc;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new PluginSelectionException($"{path}: {e.Message}");
        }
    }

    private static void Read(Dictionary<string, MpConfigValue> values, string? path, string layer)
    {
        if (path == null)
        {
            return;
        }

        using var doc = Parse(path);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            string text = p.Value.ValueKind switch
            {
                JsonValueKind.True => "1",
                JsonValueKind.False => "0",
                JsonValueKind.String => p.Value.GetString()!,
                _ => p.Value.GetRawText(),
            };
            values[p.Name] = new MpConfigValue(text, layer);
        }
    }
}
