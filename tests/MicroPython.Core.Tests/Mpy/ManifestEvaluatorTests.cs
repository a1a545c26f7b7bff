using System.Collections.Generic;
using System.IO;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Firmware;
using Xunit;

namespace MicroPython.Tests.Mpy;

/// <summary>manifest.py evaluated by our interpreter: what each function collects and how mistakes are reported.</summary>
public sealed class ManifestEvaluatorTests
{
    private static string Board(string manifest, params string[] files)
    {
        var dir = Path.Combine(Path.GetTempPath(), "mpnet-manifest-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        foreach (var file in files)
        {
            var full = Path.Combine(dir, file);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, "X = 1\n");
        }

        File.WriteAllText(Path.Combine(dir, "manifest.py"), manifest);
        return dir;
    }

    private static List<string> Names(ManifestEvaluator evaluator)
    {
        var names = new List<string>();
        foreach (var item in evaluator.Items)
        {
            names.Add(item.FrozenName + ":" + item.OptimizationLevel);
        }

        return names;
    }

    private static string ErrorOf(string dir, Dictionary<string, string>? variables = null)
    {
        var evaluator = new ManifestEvaluator(variables) { Output = new StringWriter() };
        var e = Assert.Throws<PyException>(() => evaluator.Evaluate(dir));
        return e.Value.Type.Name + ": " + Ops.Str(e.Value);
    }

    [Fact]
    public void FreezeTakesAWholeTreeOrNamedScripts()
    {
        var dir = Board("freeze('modules')\nfreeze('more', ('a.py', 'sub'), opt=2)\n",
            "modules/boot.py", "modules/pkg/__init__.py", "modules/pkg/x.py", "modules/notes.txt", "more/a.py", "more/b.py", "more/sub/c.py");
        var evaluator = new ManifestEvaluator();
        evaluator.Evaluate(dir);
        Assert.Equal(new[] { "boot.py:0", "pkg/__init__.py:0", "pkg/x.py:0", "a.py:2", "sub/c.py:2" }, Names(evaluator));
    }

    [Fact]
    public void ManifestIsOrdinaryPython()
    {
        var dir = Board("for n in ('a', 'b'):\n    if n != 'b':\n        module(n + '.py', opt=len(n))\ninclude('sub')\n",
            "a.py", "b.py", "sub/c.py");
        File.WriteAllText(Path.Combine(dir, "sub", "manifest.py"), "module('c.py')\n");
        var evaluator = new ManifestEvaluator();
        evaluator.Evaluate(Path.Combine(dir, "manifest.py"));
        Assert.Equal(new[] { "a.py:1", "c.py:0" }, Names(evaluator));
    }

    [Fact]
    public void PathVariablesAreSubstituted()
    {
        var dir = Board("module('m.py', base_path='$(PORT_DIR)/lib')\n", "port/lib/m.py");
        var evaluator = new ManifestEvaluator(new Dictionary<string, string> { ["PORT_DIR"] = Path.Combine(dir, "port") });
        evaluator.Evaluate(dir);
        Assert.Equal(new[] { "m.py:0" }, Names(evaluator));
    }

    [Theory]
    [InlineData("module('missing.py')\n", "ValueError: file not found: ")]
    [InlineData("module('$(NOPE)/m.py')\n", "ValueError: unknown variable $(NOPE) in path: $(NOPE)/m.py")]
    [InlineData("require('nothing')\n", "ValueError: package not found: nothing")]
    [InlineData("require('x', library='elsewhere')\n", "ValueError: unknown library: elsewhere")]
    [InlineData("c_module('usermod')\n", "ValueError: c_module is not supported: native modules are .NET plug-ins")]
    [InlineData("module('m.txt')\n", "ValueError: module must be a .py file: m.txt")]
    [InlineData("module('m.py', opt=7)\n", "ValueError: opt must be 0-3")]
    [InlineData("module('m.py', colour=1)\n", "TypeError: extra keyword arguments given")]
    [InlineData("include('../elsewhere')\n", "ValueError: manifest not found: ")]
    [InlineData("1/0\n", "ZeroDivisionError: divide by zero")]
    public void MistakesAreReportedAsPythonExceptions(string manifest, string message)
    {
        var dir = Board(manifest, "m.py");
        Assert.StartsWith(message, ErrorOf(dir));
    }
}
