using System;
using System.Collections.Generic;
using MicroPython.Tests.Launcher;
using Xunit;

namespace MicroPython.Tests.Plugins;

/// <summary>Each module plug-in is enabled by its MICROPY_PY_* option; the environment layer can switch it off.</summary>
public sealed class ModuleFlagTests
{
    private const int TimeoutMs = 30000;

    private static LauncherProcess.Result RunWith(string variable, string value, string code) =>
        LauncherProcess.RunWithEnvironment(AppContext.BaseDirectory, new Dictionary<string, string?> { [variable] = value }, null, TimeoutMs, "-c", code);

    [Theory]
    [InlineData("MICROPY_PY_JSON", "json", "heapq")]
    [InlineData("MICROPY_PY_HEAPQ", "heapq", "binascii")]
    [InlineData("MICROPY_PY_BINASCII", "binascii", "json")]
    [InlineData("MICROPY_PY_ARRAY", "array", "struct")]
    [InlineData("MICROPY_PY_STRUCT", "struct", "array")]
    [InlineData("MICROPY_PY_COLLECTIONS", "collections", "random")]
    [InlineData("MICROPY_PY_RANDOM", "random", "time")]
    [InlineData("MICROPY_PY_TIME", "time", "collections")]
    public void FlagFalseRemovesOnlyItsModule(string flag, string module, string other)
    {
        var r = RunWith(flag, "false", $"import {other}\nprint('{other} ok')\nimport {module}");
        Assert.Equal($"{other} ok\nTraceback (most recent call last):\n  File \"<stdin>\", line 3, in <module>\nImportError: no module named '{module}'\n", r.Stdout);
        Assert.Equal(1, r.ExitCode);
    }

    [Fact]
    public void FlagTrueKeepsTheModule()
    {
        Assert.Equal("[]\n", RunWith("MICROPY_PY_JSON", "1", "import json; print(json.dumps([]))").Stdout);
    }

    [Fact]
    public void Crc32HasItsOwnFlag()
    {
        const string Code = "import binascii; print(hasattr(binascii, 'crc32'), hasattr(binascii, 'hexlify'))";
        Assert.Equal("False True\n", RunWith("MICROPY_PY_BINASCII_CRC32", "0", Code).Stdout);
        Assert.Equal("True True\n", RunWith("MICROPY_PY_BINASCII_CRC32", "1", Code).Stdout);
    }

    [Fact]
    public void ArraySliceAssignmentHasItsOwnFlag()
    {
        const string Code = "import array\na = array.array('i', [1, 2, 3])\na[0] = 7\ntry:\n    a[1:] = array.array('i', [9])\nexcept TypeError as e:\n    print(e)\nprint(a)";
        Assert.Equal("'array' object doesn't support item assignment\narray('i', [7, 2, 3])\n", RunWith("MICROPY_PY_ARRAY_SLICE_ASSIGN", "0", Code).Stdout);
        Assert.Equal("array('i', [7, 9])\n", RunWith("MICROPY_PY_ARRAY_SLICE_ASSIGN", "1", Code).Stdout);
    }
}
