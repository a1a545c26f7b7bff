using System.Collections.Generic;

namespace MicroPython.Sdk.Json;

/// <summary>The kind of a <see cref="JsoncValue"/>.</summary>
internal enum JsoncKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// One value of a parsed settings file (<see cref="JsoncReader"/>). Objects keep their members in file order; a
/// number keeps its text as written (the configuration layers compare and report values as text).
/// </summary>
internal sealed class JsoncValue
{
    private JsoncValue(JsoncKind kind, string? text, List<KeyValuePair<string, JsoncValue>>? members, List<JsoncValue>? items)
    {
        Kind = kind;
        Text = text;
        Members = members;
        Items = items;
    }

    public JsoncKind Kind { get; }

    /// <summary>A string's value or a number's text; null for the other kinds.</summary>
    public string? Text { get; }

    /// <summary>An object's members in file order (null unless <see cref="JsoncKind.Object"/>).</summary>
    public List<KeyValuePair<string, JsoncValue>>? Members { get; }

    /// <summary>An array's items (null unless <see cref="JsoncKind.Array"/>).</summary>
    public List<JsoncValue>? Items { get; }

    public static JsoncValue Object(List<KeyValuePair<string, JsoncValue>> members) => new(JsoncKind.Object, null, members, null);

    public static JsoncValue Array(List<JsoncValue> items) => new(JsoncKind.Array, null, null, items);

    public static JsoncValue String(string text) => new(JsoncKind.String, text, null, null);

    public static JsoncValue Number(string text) => new(JsoncKind.Number, text, null, null);

    public static readonly JsoncValue True = new(JsoncKind.True, null, null, null);

    public static readonly JsoncValue False = new(JsoncKind.False, null, null, null);

    public static readonly JsoncValue Null = new(JsoncKind.Null, null, null, null);

    /// <summary>The member <paramref name="key"/> of an object (exact spelling), or null.</summary>
    public JsoncValue? Get(string key)
    {
        if (Members != null)
        {
            foreach (var pair in Members)
            {
                if (pair.Key == key)
                {
                    return pair.Value;
                }
            }
        }

        return null;
    }

    /// <summary>The value as configuration text: strings and numbers as written, <c>true</c>/<c>false</c>, null as empty.</summary>
    public string ScalarText => Kind switch
    {
        JsoncKind.True => "true",
        JsoncKind.False => "false",
        JsoncKind.Null => string.Empty,
        _ => Text ?? string.Empty,
    };
}
