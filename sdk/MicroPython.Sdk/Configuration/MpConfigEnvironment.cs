using System;
using System.Collections.Generic;

namespace MicroPython.Sdk.Configuration;

/// <summary>
/// Which environment variables are configuration. Every <c>MICROPY_*</c> variable is read as an option, so a
/// misspelt one (<c>MICROPY_PY_JSNO=0</c>) stops start-up with an error naming it instead of being ignored —
/// a user who sets a <c>MICROPY_</c> variable for the interpreter expects it to take effect. The exceptions are
/// the names MicroPython's own tools and this project's launcher use for other purposes (test runners pass
/// <c>MICROPY_MICROPYTHON</c> to every child process, for example); they are listed here and never read as options.
/// <c>MICROPYPATH</c> and <c>MICROPYINSPECT</c> have no underscore after <c>MICROPY</c>, so they are not candidates.
/// </summary>
public static class MpConfigEnvironment
{
    /// <summary>The prefix of configuration variables.</summary>
    public const string Prefix = "MICROPY_";

    /// <summary><c>MICROPY_*</c> names that belong to tools, not to the interpreter's configuration.</summary>
    public static readonly IReadOnlySet<string> NonConfigNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "MICROPY_MICROPYTHON",      // tests/run-tests.py: the interpreter under test
        "MICROPY_MICROPYTHON_MPY",  // tests/run-tests.py: the interpreter for .mpy tests
        "MICROPY_MPYCROSS",         // tests/run-tests.py, mpy-cross path
        "MICROPY_CPYTHON3",         // tests/run-tests.py: the CPython used for expected output
        "MICROPY_PLUGIN_PATH",      // this launcher: extra plug-in folders
        "MICROPY_PLUGINS_PATH",
        "MICROPY_TRACE_STARTUP",    // this launcher: print where start-up time goes
        "MICROPY_PORT",             // build and CI scripts
        "MICROPY_BOARD",
        "MICROPY_GIT_TAG",
        "MICROPY_GIT_HASH",
    };

    /// <summary>The configuration variables of <paramref name="environment"/>, sorted by name so errors are reproducible.</summary>
    public static List<KeyValuePair<string, string?>> Select(IReadOnlyDictionary<string, string> environment)
    {
        var selected = new List<KeyValuePair<string, string?>>();
        foreach (var pair in environment)
        {
            if (pair.Key.StartsWith(Prefix, StringComparison.Ordinal) && !NonConfigNames.Contains(pair.Key))
            {
                selected.Add(new KeyValuePair<string, string?>(pair.Key, pair.Value));
            }
        }

        SettingOrder.SortByKey(selected);
        return selected;
    }
}
