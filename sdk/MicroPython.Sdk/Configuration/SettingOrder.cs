using System;
using System.Collections.Generic;

namespace MicroPython.Sdk.Configuration;

/// <summary>
/// Puts a layer's settings in key order (ordinal), so errors about them are reproducible. An insertion sort: a layer
/// holds a handful of keys, and <c>List.Sort</c> over key/value pairs instantiates the framework's sort for a
/// struct, code no precompiled image holds, which every start-up then JIT-compiled.
/// </summary>
internal static class SettingOrder
{
    public static void SortByKey(List<KeyValuePair<string, string?>> settings)
    {
        for (int i = 1; i < settings.Count; i++)
        {
            var item = settings[i];
            int j = i - 1;
            while (j >= 0 && string.CompareOrdinal(settings[j].Key, item.Key) > 0)
            {
                settings[j + 1] = settings[j];
                j--;
            }

            settings[j + 1] = item;
        }
    }
}
