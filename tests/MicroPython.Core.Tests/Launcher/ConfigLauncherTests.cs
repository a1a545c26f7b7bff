using System;
using System.Collections.Generic;
using System.IO;
using MicroPython.Config;
using Xunit;

namespace MicroPython.Tests.Launcher;

/// <summary>
/// The configuration as a user meets it: layers through the real launcher (user file, environment, --set,
/// -X heapsize, ROM-level presets), the errors for bad input, --show-config, and each option's effect.
/// </summary>
public sealed class ConfigLauncherTests
{
    private const int Timeout = 30000;

    private static string TempDir(string? mpconfigJson = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "mpnet-config-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        if (mpconfigJson != null)
        {
            File.WriteAllText(Path.Combine(dir, "mpconfig.json"), mpconfigJson);
        }

        return dir;
    }

    private static LauncherProcess.Result Run(string dir, Dictionary<string, string>? env, params string[] args)
    {
        Dictionary<string, string?>? variables = null;
        if (env != null)
        {
            variables = new Dictionary<string, string?>();
            foreach (var (key, value) in env)
            {
                variables[key] = value;
            }
        }

        return LauncherProcess.RunWithEnvironment(dir, variables, null, Timeout, args);
    }

    /// <summary>The value and layer --show-config reports for <paramref name="key"/>.</summary>
    private static (string Value, string Layer) Shown(LauncherProcess.Result r, string key)
    {
        Assert.Equal(0, r.ExitCode);
        foreach (var line in r.Stdout.Split('\n'))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 4 && parts[0] == key)
            {
                return (parts[2], line.Substring(line.IndexOf('(', StringComparison.Ordinal) + 1).TrimEnd(')'));
            }
        }

        throw new Xunit.Sdk.XunitException($"{key} not shown in:\n{r.Stdout}");
    }

    private const string NameErrorScript = "undefined_name";

    [Fact]
    public void PlainRunKeepsTheUnixPortDefaults()
    {
        var r = Run(TempDir(), null, "--show-config");
        Assert.Equal(("DETAILED", "port"), Shown(r, "MICROPY_ERROR_REPORTING"));
        Assert.Equal(("MPZ", "port"), Shown(r, "MICROPY_LONGINT_IMPL"));
        Assert.Equal(("DOUBLE", "port"), Shown(r, "MICROPY_FLOAT_IMPL"));
        Assert.Equal(("EXTRA_FEATURES", "board"), Shown(r, "MICROPY_CONFIG_ROM_LEVEL"));
        Assert.Equal(("16777216", "core"), Shown(r, "MICROPY_HEAP_SIZE"));
        Assert.Equal(("1", "port"), Shown(r, "MICROPY_PY_JSON"));
        Assert.Equal(("1", "core"), Shown(r, "MICROPY_PY_BUILTINS_FROZENSET"));
        Assert.Equal(string.Empty, r.Stderr);
    }

    [Fact]
    public void BoardOverridesThePortAndTheUserFileOverridesTheBoard()
    {
        var dir = TempDir();
        var minimal = Run(dir, null, "--board", "minimal", "--show-config");
        Assert.Equal(("MINIMUM", "board"), Shown(minimal, "MICROPY_CONFIG_ROM_LEVEL"));
        Assert.Equal(("0", "board"), Shown(minimal, "MICROPY_PY_JSON"));
        Assert.Equal(("DETAILED", "port"), Shown(minimal, "MICROPY_ERROR_REPORTING"));
        Assert.Equal(("0", "core"), Shown(minimal, "MICROPY_PY_BUILTINS_SET")); // the board's preset

        File.WriteAllText(Path.Combine(dir, "mpconfig.json"), "{ \"MICROPY_PY_JSON\": 1 }");
        Assert.Equal(("1", "user file"), Shown(Run(dir, null, "--board", "minimal", "--show-config"), "MICROPY_PY_JSON"));
        Assert.Equal("[1]\n", Run(dir, null, "--board", "minimal", "-c", "import json\nprint(json.dumps([1]))").Stdout);
    }

    [Fact]
    public void ShowConfigPrintsEveryOptionOnceAndExitsZero()
    {
        var r = Run(TempDir(), null, "--show-config");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(MpOptionCatalog.All.Count, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            Assert.Matches($@"^{MpOptionCatalog.All[i].Name} += \S+ +\((core|port|board)\)$", lines[i]);
        }
    }

    [Fact]
    public void UserFileInTheWorkingDirectoryOverridesThePortDefault()
    {
        var dir = TempDir("{ \"MICROPY_ERROR_REPORTING\": \"TERSE\" }");
        Assert.Equal(("TERSE", "user file"), Shown(Run(dir, null, "--show-config"), "MICROPY_ERROR_REPORTING"));
        var r = Run(dir, null, "-c", NameErrorScript);
        Assert.Equal(1, r.ExitCode);
        Assert.EndsWith("NameError: name not defined\n", r.Stdout);
    }

    [Fact]
    public void ConfigOptionNamesTheUserFile()
    {
        var dir = TempDir("{ \"MICROPY_ERROR_REPORTING\": \"TERSE\" }");
        File.WriteAllText(Path.Combine(dir, "other.json"), "{ \"MICROPY_ERROR_REPORTING\": \"NORMAL\" }");
        Assert.Equal(("NORMAL", "user file"), Shown(Run(dir, null, "--config", "other.json", "--show-config"), "MICROPY_ERROR_REPORTING"));
    }

    [Fact]
    public void EnvironmentOverridesTheUserFile()
    {
        var dir = TempDir("{ \"MICROPY_ERROR_REPORTING\": \"TERSE\" }");
        var env = new Dictionary<string, string> { ["MICROPY_ERROR_REPORTING"] = "NORMAL" };
        Assert.Equal(("NORMAL", "environment"), Shown(Run(dir, env, "--show-config"), "MICROPY_ERROR_REPORTING"));
        var r = Run(dir, env, "-c", "import sys\nsys.foo");
        Assert.EndsWith("AttributeError: 'module' object has no attribute 'foo'\n", r.Stdout);
    }

    [Fact]
    public void SetOverridesTheEnvironment()
    {
        var env = new Dictionary<string, string> { ["MICROPY_ERROR_REPORTING"] = "TERSE" };
        var dir = TempDir();
        Assert.Equal(("DETAILED", "command line"), Shown(Run(dir, env, "--set", "MICROPY_ERROR_REPORTING=DETAILED", "--show-config"), "MICROPY_ERROR_REPORTING"));
        var r = Run(dir, env, "--set", "MICROPY_ERROR_REPORTING=DETAILED", "-c", NameErrorScript);
        Assert.EndsWith("NameError: name 'undefined_name' isn't defined\n", r.Stdout);
    }

    [Fact]
    public void HeapsizeOptionOverridesEveryOtherLayer()
    {
        var dir = TempDir("{ \"MICROPY_HEAP_SIZE\": \"3m\" }");
        var env = new Dictionary<string, string> { ["MICROPY_HEAP_SIZE"] = "1m" };
        Assert.Equal(("1048576", "environment"), Shown(Run(dir, env, "--show-config"), "MICROPY_HEAP_SIZE"));
        Assert.Equal(("4096", "command line"), Shown(Run(dir, env, "-X", "heapsize=4k", "--show-config"), "MICROPY_HEAP_SIZE"));

        // Within the command line, argument order decides.
        Assert.Equal(("4096", "command line"), Shown(Run(dir, env, "--set", "MICROPY_HEAP_SIZE=8k", "-X", "heapsize=4k", "--show-config"), "MICROPY_HEAP_SIZE"));
        Assert.Equal(("8192", "command line"), Shown(Run(dir, env, "-X", "heapsize=4k", "--set", "MICROPY_HEAP_SIZE=8k", "--show-config"), "MICROPY_HEAP_SIZE"));
    }

    [Fact]
    public void RomLevelPresetChangesTheDefaultsOfWhatIsNotSetExplicitly()
    {
        var dir = TempDir();
        var core = Run(dir, null, "--set", "MICROPY_CONFIG_ROM_LEVEL=CORE_FEATURES", "--show-config");
        Assert.Equal(("0", "core"), Shown(core, "MICROPY_PY_BUILTINS_FROZENSET"));
        Assert.Equal(("0", "core"), Shown(core, "MICROPY_PY_SYS_MAXSIZE"));
        Assert.Equal(("1", "port"), Shown(core, "MICROPY_PY_JSON")); // set explicitly by the port
        Assert.Equal(("DETAILED", "port"), Shown(core, "MICROPY_ERROR_REPORTING")); // set explicitly by the port

        var r = Run(dir, null, "--set", "MICROPY_CONFIG_ROM_LEVEL=CORE_FEATURES", "-c", "print(set([1]))\nimport sys\nprint(hasattr(sys, 'maxsize'))\n\n\nfrozenset");
        // Below EXTRA_FEATURES tracebacks carry no line numbers either (MICROPY_ENABLE_SOURCE_LINE).
        Assert.Equal("{1}\nFalse\nTraceback (most recent call last):\n  File \"<stdin>\", in <module>\nNameError: name 'frozenset' isn't defined\n", r.Stdout);
    }

    [Fact]
    public void UnknownKeyIsOneLineNamingKeyValueAndLayer()
    {
        var r = Run(TempDir(), null, "--set", "MICROPY_PY_BTREE=1", "-c", "print('ran')");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Equal("micropython: configuration error: MICROPY_PY_BTREE=1 from command line: unknown option\n", r.Stderr);
    }

    [Fact]
    public void BadValueInTheUserFileNamesKeyValueAndFile()
    {
        var dir = TempDir("{ \"MICROPY_FLOAT_IMPL\": \"QUAD\" }");
        var r = Run(dir, null, "-c", "print('ran')");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Equal($"micropython: configuration error: MICROPY_FLOAT_IMPL=QUAD from user file {Path.Combine(dir, "mpconfig.json")}: expected one of NONE (0), FLOAT (1), DOUBLE (2)\n", r.Stderr);
    }

    [Fact]
    public void UnknownMicropyEnvironmentVariableIsNamedButToolVariablesAreIgnored()
    {
        var dir = TempDir();
        var r = Run(dir, new Dictionary<string, string> { ["MICROPY_PY_JSNO"] = "0" }, "-c", "print('ran')");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("micropython: configuration error: MICROPY_PY_JSNO=0 from environment: unknown option\n", r.Stderr);

        r = Run(dir, new Dictionary<string, string> { ["MICROPY_MICROPYTHON"] = "/usr/bin/micropython", ["MICROPY_CPYTHON3"] = "python3" }, "-c", "print('ran')");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("ran\n", r.Stdout);
    }

    [Theory]
    [InlineData("--set", "MICROPY_PY_JSON")]
    [InlineData("--config", "/no/such/dir/mpconfig.json")]
    public void MalformedOptionsAreConfigurationErrors(string option, string value)
    {
        var r = Run(TempDir(), null, option, value, "-c", "print('ran')");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.StartsWith("micropython: configuration error: ", r.Stderr);
        Assert.Contains(value, r.Stderr);
        Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("NONE", "NameError: \n", "TypeError: \n", "AttributeError: \n")]
    [InlineData("TERSE", "NameError: name not defined\n", "TypeError: unsupported type for operator\n", "AttributeError: no such attribute\n")]
    [InlineData("NORMAL", "NameError: name 'nope' isn't defined\n", "TypeError: unsupported types for __add__: 'int', 'str'\n", "AttributeError: 'module' object has no attribute 'foo'\n")]
    [InlineData("DETAILED", "NameError: name 'nope' isn't defined\n", "TypeError: unsupported types for __add__: 'int', 'str'\n", "AttributeError: module 'sys' has no attribute 'foo'\n")]
    public void ErrorReportingLevelChangesMessages(string level, string nameError, string typeError, string attributeError)
    {
        var dir = TempDir();
        string set = "MICROPY_ERROR_REPORTING=" + level;
        Assert.EndsWith(nameError, Run(dir, null, "--set", set, "-c", "nope").Stdout);
        Assert.EndsWith(typeError, Run(dir, null, "--set", set, "-c", "1 + 'a'").Stdout);
        Assert.EndsWith(attributeError, Run(dir, null, "--set", set, "-c", "import sys\nsys.foo").Stdout);
    }

    [Fact]
    public void ErrorReportingNoneKeepsMessagesGivenAsArguments()
    {
        var r = Run(TempDir(), null, "--set", "MICROPY_ERROR_REPORTING=NONE", "-c", "try:\n  {}['k']\nexcept KeyError as e:\n  print(repr(e))\nraise ValueError('mine')");
        Assert.Equal("KeyError('k',)\nTraceback (most recent call last):\n  File \"<stdin>\", line 5, in <module>\nValueError: mine\n", r.Stdout);
    }

    public static IEnumerable<object[]> BuiltinFlags()
    {
        foreach (var option in MpOptionCatalog.All)
        {
            foreach (var name in option.Builtins)
            {
                yield return new object[] { option.Name, name };
            }
        }
    }

    [Theory]
    [MemberData(nameof(BuiltinFlags))]
    public void DisabledBuiltinDisappears(string flag, string name)
    {
        var dir = TempDir();
        string script = $"import builtins\nprint(hasattr(builtins, '{name}'))\n{name}";
        var on = Run(dir, null, "-c", script);
        Assert.Equal("True\n", on.Stdout);
        var off = Run(dir, null, "--set", flag + "=0", "-c", script);
        Assert.Equal(1, off.ExitCode);
        Assert.Equal($"False\nTraceback (most recent call last):\n  File \"<stdin>\", line 3, in <module>\nNameError: name '{name}' isn't defined\n", off.Stdout);
    }

    [Theory]
    [InlineData("MICROPY_PY_JSON", "json")]
    [InlineData("MICROPY_PY_MICROPYTHON", "micropython")]
    [InlineData("MICROPY_PY_GC", "gc")]
    [InlineData("MICROPY_PY_IO", "io")]
    [InlineData("MICROPY_PY_OS", "os")]
    [InlineData("MICROPY_PY_ERRNO", "errno")]
    [InlineData("MICROPY_PY_MATH", "math")]
    [InlineData("MICROPY_PY_CMATH", "cmath")]
    public void DisabledModuleCannotBeImported(string flag, string module)
    {
        var dir = TempDir();
        Assert.Equal("ok\n", Run(dir, null, "-c", $"import {module}\nprint('ok')").Stdout);
        var off = Run(dir, new Dictionary<string, string> { [flag] = "0" }, "-c", $"import {module}");
        Assert.EndsWith($"ImportError: no module named '{module}'\n", off.Stdout);
    }

    public static IEnumerable<object[]> AttributeFlags()
    {
        foreach (var option in MpOptionCatalog.All)
        {
            if (option.Attributes.Count > 0)
            {
                yield return new object[] { option.Name, option.AttributesOf!, string.Join(",", option.Attributes) };
            }
        }
    }

    [Theory]
    [MemberData(nameof(AttributeFlags))]
    public void DisabledModuleAttributesAreMissing(string flag, string module, string attributes)
    {
        var dir = TempDir();
        string script = $"import {module}\nprint([hasattr({module}, a) for a in '{attributes}'.split(',')])";
        string all(bool v) => "[" + string.Join(", ", Array.ConvertAll(attributes.Split(','), _ => v ? "True" : "False")) + "]\n";
        Assert.Equal(all(true), Run(dir, null, "-c", script).Stdout);
        Assert.Equal(all(false), Run(dir, null, "--set", flag + "=0", "-c", script).Stdout);
    }

    [Theory]
    [InlineData("MICROPY_PY_FSTRINGS", "x = 1\nprint(f'{x}!')", "1!\n", 2)]
    [InlineData("MICROPY_PY_ASSIGN_EXPR", "print(1)\nif (n := 3) > 2:\n  print(n)", "1\n3\n", 2)]
    [InlineData("MICROPY_PY_ASYNC_AWAIT", "print(1)\nasync def f():\n  pass\nprint(2)", "1\n2\n", 2)]
    [InlineData("MICROPY_PY_ASYNC_AWAIT", "print(1)\ndef g():\n  yield\ndef f():\n  await g()\nprint(2)", "1\n2\n", 5)]
    public void DisabledSyntaxIsASyntaxError(string flag, string script, string output, int line)
    {
        var dir = TempDir();
        var on = Run(dir, null, "-c", script);
        Assert.Equal(output, on.Stdout);
        var off = Run(dir, null, "--set", flag + "=0", "-c", script);
        Assert.Equal(1, off.ExitCode);
        Assert.Equal($"Traceback (most recent call last):\n  File \"<stdin>\", line {line}\nSyntaxError: invalid syntax\n", off.Stdout);
    }

    [Fact]
    public void DisabledSyntaxIsAlsoRefusedByEvalAndExec()
    {
        var r = Run(TempDir(), null, "--set", "MICROPY_PY_FSTRINGS=0", "-c", "try:\n  eval(\"f'{1}'\")\nexcept SyntaxError as e:\n  print('SyntaxError', e)");
        Assert.Equal("SyntaxError invalid syntax\n", r.Stdout);
    }

    [Fact]
    public void SourceLineOptionControlsLineNumbersInTracebacks()
    {
        var dir = TempDir();
        string script = "def f():\n  raise ValueError('x')\nf()";
        Assert.Equal("Traceback (most recent call last):\n  File \"<stdin>\", line 3, in <module>\n  File \"<stdin>\", line 2, in f\nValueError: x\n", Run(dir, null, "-c", script).Stdout);
        Assert.Equal("Traceback (most recent call last):\n  File \"<stdin>\", in <module>\n  File \"<stdin>\", in f\nValueError: x\n", Run(dir, null, "--set", "MICROPY_ENABLE_SOURCE_LINE=0", "-c", script).Stdout);
    }

    [Fact]
    public void MaxRecursionDepthLimitsPythonCalls()
    {
        var dir = TempDir();
        string script = "def f(n):\n  return 0 if n == 0 else f(n - 1)\nprint(f(40))\nf(100)";
        var r = Run(dir, null, "--set", "MICROPY_MAX_RECURSION_DEPTH=60", "-c", script);
        Assert.StartsWith("0\n", r.Stdout);
        Assert.EndsWith("RuntimeError: maximum recursion depth exceeded\n", r.Stdout);
        var unlimited = Run(dir, null, "-c", script);
        Assert.Equal(0, unlimited.ExitCode);
        Assert.Equal("0\n", unlimited.Stdout);
    }

    [Theory]
    [InlineData("--set", "MICROPY_OPT_LEVEL=1")]
    [InlineData("-O", null)]
    public void OptLevelDropsAssertsAndClearsDebug(string option, string? value)
    {
        var args = new List<string> { option };
        if (value != null)
        {
            args.Add(value);
        }

        args.AddRange(new[] { "-c", "assert False\nimport micropython\nprint(__debug__, micropython.opt_level())" });
        var r = Run(TempDir(), null, args.ToArray());
        Assert.Equal("False 1\n", r.Stdout);
        Assert.EndsWith("AssertionError: \n", Run(TempDir(), null, "-c", "assert False").Stdout);
    }

    [Fact]
    public void HelpFlagAlsoDropsTheBannerLine()
    {
        var dir = TempDir();
        // -i after -c enters the REPL, which prints the banner (stdin is empty, so it ends at once).
        Assert.Contains("Type \"help()\" for more information.", Run(dir, null, "-i", "-c", "pass").Stdout);
        var off = Run(dir, null, "--set", "MICROPY_PY_BUILTINS_HELP=0", "-i", "-c", "pass");
        Assert.Equal(0, off.ExitCode);
        Assert.DoesNotContain("help()", off.Stdout);
        Assert.Contains("MicroPython", off.Stdout);
    }

    [Fact]
    public void HelpListsTheConfigurationOptions()
    {
        var r = Run(TempDir(), null, "-h");
        Assert.Contains("--config FILE", r.Stdout);
        Assert.Contains("--set KEY=VALUE", r.Stdout);
        Assert.Contains("--show-config", r.Stdout);
    }
}
