using System.IO;
using MicroPython.Sdk.Firmware;
using Xunit;

namespace MicroPython.Tests.Launcher;

/// <summary>.mpy files, mpy-cross and firmware bundles as a user meets them: through the real tools.</summary>
public sealed class MpyLauncherTests
{
    private const int Timeout = 30000;

    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mpnet-mpy-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static void CompileTo(string dir, string name, string source) =>
        File.WriteAllBytes(Path.Combine(dir, name + ".mpy"), Freezer.CompileToMpy(source, name + ".py"));

    [Fact]
    public void ImportFindsAnMpyFileAndItsTracebackNamesTheSource()
    {
        var dir = TempDir();
        CompileTo(dir, "mod", "def boom():\n    raise ValueError('x')\nprint('loaded', __name__, __file__)\n");
        File.WriteAllText(Path.Combine(dir, "main.py"), "import mod\nmod.boom()\n");
        var r = LauncherProcess.Run(dir, null, Timeout, "main.py");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(
            $"loaded mod {Path.Combine(Path.GetFullPath(dir), "mod.mpy")}\nTraceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n  File \"mod.py\", line 2, in boom\nValueError: x\n",
            r.Stdout);
    }

    [Fact]
    public void PyFileWinsOverMpyFileInTheSameFolder()
    {
        var dir = TempDir();
        CompileTo(dir, "mod", "print('from mpy')\n");
        File.WriteAllText(Path.Combine(dir, "mod.py"), "print('from py')\n");
        var r = LauncherProcess.Run(dir, null, Timeout, "-c", "import mod");
        Assert.Equal("from py\n", r.Stdout);
    }

    [Fact]
    public void DashMRunsAnMpyModuleAsMain()
    {
        var dir = TempDir();
        CompileTo(dir, "prog", "import sys\nprint(__name__, __file__, sys.argv)\n");
        var r = LauncherProcess.Run(dir, null, Timeout, "-m", "prog", "a");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("__main__ prog.mpy ['prog', 'a']\n", r.Stdout);
    }

    [Fact]
    public void PackageOfMpyFilesImports()
    {
        var dir = TempDir();
        var pkg = Path.Combine(dir, "pkg");
        Directory.CreateDirectory(pkg);
        CompileTo(pkg, "__init__", "X = 1\n");
        CompileTo(pkg, "sub", "from . import X\nY = X + 1\n");
        var r = LauncherProcess.Run(dir, null, Timeout, "-c", "import pkg.sub\nprint(pkg.X, pkg.sub.Y, pkg.__file__)");
        Assert.Equal("1 2 pkg/__init__.mpy\n", r.Stdout);
    }

    [Theory]
    [InlineData(new byte[] { 0x6A, 0x75, 0x6E, 0x6B }, "ValueError: incompatible .mpy file")]
    [InlineData(new byte[] { 0x4D, 0x06, 0x0B, 0x1F, 0x02 }, "ValueError: native code in .mpy unsupported")]
    [InlineData(new byte[] { 0x4D, 0x06, 0x00, 0x1F, 0xFF, 0xFF, 0xFF }, "ValueError: incompatible .mpy file")]
    public void DamagedMpyFileRaisesValueError(byte[] content, string last)
    {
        var dir = TempDir();
        File.WriteAllBytes(Path.Combine(dir, "bad.mpy"), content);
        var r = LauncherProcess.Run(dir, null, Timeout, "-c", "import bad");
        Assert.Equal(1, r.ExitCode);
        Assert.EndsWith(last + "\n", r.Stdout);
        Assert.DoesNotContain("   at ", r.Combined);
    }

    [Fact]
    public void MpyCrossWritesTheDocumentedBytes()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "m.py"), "pass\n");
        var r = LauncherProcess.RunMpyCross(dir, Timeout, "m.py");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("4D06001F0200086D2E7079000F2800020151 63".Replace(" ", string.Empty), System.Convert.ToHexString(File.ReadAllBytes(Path.Combine(dir, "m.mpy"))));
    }

    [Fact]
    public void MpyCrossOptionsSetOutputSourceNameAndOptimisation()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "a.py"), "assert False\nprint('ran')\n");
        var r = LauncherProcess.RunMpyCross(dir, Timeout, "-O1", "-s", "renamed.py", "-o", "out.mpy", "a.py");
        Assert.Equal(0, r.ExitCode);
        byte[] bytes = File.ReadAllBytes(Path.Combine(dir, "out.mpy"));
        Assert.Contains("renamed.py", System.Text.Encoding.ASCII.GetString(bytes));
        var run = LauncherProcess.Run(dir, null, Timeout, "-m", "out");
        Assert.Equal("ran\n", run.Stdout); // -O1 removed the assert
    }

    [Fact]
    public void MpyCrossVersionNamesTheMpyVersion()
    {
        var r = LauncherProcess.RunMpyCross(Path.GetTempPath(), Timeout, "--version");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^MicroPython v\d+\.\d+\.\d+(-\w+)? on \d{4}-\d{2}-\d{2}; mpy-cross emitting mpy v6\.3\n$", r.Stdout);
    }

    [Fact]
    public void MpyCrossHelpListsTheOptions()
    {
        var r = LauncherProcess.RunMpyCross(Path.GetTempPath(), Timeout, "-h");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("usage: mpy-cross [<opts>] [-X <implopt>] [--] <input filename>\n", r.Stdout);
        foreach (var option in new[] { "-o :", "-s :", "-O[N]", "-msmall-int-bits=", "-march=", "emit=" })
        {
            Assert.Contains(option, r.Stdout);
        }
    }

    [Fact]
    public void MpyCrossReportsSyntaxErrorsLikeMicroPython()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "se.py"), "x = (\n");
        var r = LauncherProcess.RunMpyCross(dir, Timeout, "se.py");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("Traceback (most recent call last):\n  File \"se.py\", line 2\nSyntaxError: invalid syntax\n", r.Stderr);
        Assert.False(File.Exists(Path.Combine(dir, "se.mpy")));
    }

    [Theory]
    [InlineData("-march=x64")]
    [InlineData("-march=armv7emsp")]
    [InlineData("-X", "emit=native")]
    [InlineData("-X", "emit=viper")]
    public void NativeTargetsStillProduceBytecodeFiles(params string[] options)
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "n.py"), "@micropython.native\ndef f(x):\n    return x + 1\n@micropython.viper\ndef g(x):\n    return x * 2\nprint(f(1), g(2))\n");
        var args = new System.Collections.Generic.List<string>(options) { "n.py" };
        var r = LauncherProcess.RunMpyCross(dir, Timeout, args.ToArray());
        Assert.Equal(0, r.ExitCode);
        byte[] bytes = File.ReadAllBytes(Path.Combine(dir, "n.mpy"));
        Assert.Equal(new byte[] { 0x4D, 6, 0, 31 }, bytes[..4]); // no architecture recorded: plain bytecode
        Assert.Equal("2 4\n", LauncherProcess.Run(dir, null, Timeout, "-m", "n").Stdout);
    }

    [Theory]
    [InlineData("-march=z80")]
    [InlineData("-q")]
    public void MpyCrossRejectsUnknownOptions(string option)
    {
        var r = LauncherProcess.RunMpyCross(Path.GetTempPath(), Timeout, option, "x.py");
        Assert.NotEqual(0, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
    }

    /// <summary>A manifest with a module, a package (one of its files frozen precompiled) and an included manifest.</summary>
    private static string BuildFirmware(string dir, bool compiler)
    {
        var src = Path.Combine(dir, "src");
        Directory.CreateDirectory(Path.Combine(src, "pkg"));
        File.WriteAllText(Path.Combine(src, "main.py"), """
            import helper
            from pkg import sub
            print('main', __name__, __file__, helper.__file__, sub.__file__, sub.VALUE)
            try:
                exec('1')
            except NameError as e:
                print('exec:', e)
            try:
                import plain
            except ImportError as e:
                print('import:', e)
            try:
                eval('1')
            except NameError as e:
                print('eval:', e)
            """);
        File.WriteAllText(Path.Combine(src, "helper.py"), "print('helper loaded')\n");
        File.WriteAllText(Path.Combine(src, "pkg", "__init__.py"), string.Empty);
        File.WriteAllBytes(Path.Combine(src, "pkg", "sub.mpy"), Freezer.CompileToMpy("VALUE = 42\n", "pkg/sub.py"));
        var lib = Path.Combine(dir, "lib", "extra");
        Directory.CreateDirectory(lib);
        File.WriteAllText(Path.Combine(lib, "manifest.py"), "metadata(version='0.1')\nmodule('extra.py')\n");
        File.WriteAllText(Path.Combine(lib, "extra.py"), "E = 'extra'\n");
        File.WriteAllText(Path.Combine(dir, "manifest.py"), """
            metadata(description='test image', license='MIT')
            module('main.py', base_path='$(BOARD_DIR)/src')
            freeze('src', 'helper.py')
            package('pkg', files=['__init__.py'], base_path='src')
            freeze_mpy('src', 'pkg/sub.mpy')
            add_library('mylib', 'lib')
            require('extra', library='mylib')
            """);
        var fw = Path.Combine(dir, "fw");
        var r = LauncherProcess.RunMpyCross(dir, Timeout, "--freeze", "manifest.py", "-o", fw, "-D", "BOARD_DIR=" + dir,
            "--set", "MICROPY_ENABLE_COMPILER=" + (compiler ? "1" : "0"));
        Assert.True(r.ExitCode == 0, r.Combined);
        return fw;
    }

    [Fact]
    public void ManifestBuildsABundleOfFrozenModules()
    {
        var dir = TempDir();
        var fw = BuildFirmware(dir, compiler: true);
        var bundle = FirmwareBundle.Load(fw);
        var names = new System.Collections.Generic.List<string>();
        foreach (var (name, _) in bundle.Frozen)
        {
            names.Add(name);
        }

        Assert.Equal(new[] { "main.py", "helper.py", "pkg/__init__.py", "pkg/sub.mpy", "extra.py" }, names);
        Assert.Equal("test image", bundle.Metadata["description"]);
        Assert.Equal("0.1", bundle.Metadata["version"]);
        Assert.Equal("1", bundle.Config["MICROPY_ENABLE_COMPILER"]);
    }

    [Fact]
    public void CompilerlessFirmwareRunsFrozenMainAndRefusesSource()
    {
        var dir = TempDir();
        var fw = BuildFirmware(dir, compiler: false);
        var work = TempDir();
        File.WriteAllText(Path.Combine(work, "plain.py"), "print('plain')\n");
        var r = LauncherProcess.Run(work, string.Empty, Timeout, "--firmware", fw);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(
            "helper loaded\nmain __main__ main.py helper.py pkg/sub.mpy 42\nexec: name 'exec' isn't defined\n"
            + "import: script compilation not supported\neval: name 'eval' isn't defined\n",
            r.Combined);
    }

    [Fact]
    public void CompilerlessFirmwareRefusesAScriptButRunsMpyAndFrozenCode()
    {
        var dir = TempDir();
        var fw = BuildFirmware(dir, compiler: false);
        var work = TempDir();
        File.WriteAllText(Path.Combine(work, "s.py"), "print('no')\n");
        var script = LauncherProcess.Run(work, null, Timeout, "--firmware", fw, "s.py");
        Assert.Equal(1, script.ExitCode);
        Assert.EndsWith("RuntimeError: script compilation not supported\n", script.Combined);

        CompileTo(work, "pre", "import extra\nprint('pre', extra.E)\n");
        var module = LauncherProcess.Run(work, null, Timeout, "--firmware", fw, "-m", "pre");
        Assert.Equal("pre extra\n", module.Combined);
    }

    [Fact]
    public void FrozenModulesFollowSysPathOrder()
    {
        var dir = TempDir();
        var fw = BuildFirmware(dir, compiler: true);
        var work = TempDir();
        File.WriteAllText(Path.Combine(work, "extra.py"), "E = 'file in cwd'\n");
        var code = "import sys\nprint(sys.path)\nimport extra\nprint(extra.E, extra.__file__)\n"
            + "del sys.modules['extra']\nsys.path.remove('')\nimport extra\nprint(extra.E, extra.__file__)\n"
            + "del sys.modules['extra']\nsys.path.remove('.frozen')\ntry:\n    import extra\nexcept ImportError as e:\n    print(e)\n";
        var r = LauncherProcess.Run(work, null, Timeout, "--firmware", fw, "-c", code);
        Assert.Equal(
            "['', '.frozen']\nfile in cwd extra.py\nextra extra.py\nno module named 'extra'\n",
            r.Combined);
    }

    [Fact]
    public void DamagedBundleIsReportedNotACrash()
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, FirmwareBundle.IndexFileName), "{\"format\": 1, \"frozen\": [{\"name\": \"a.py\", \"file\": \"frozen/a.mpy\"}]}");
        Directory.CreateDirectory(Path.Combine(dir, "frozen"));
        File.WriteAllBytes(Path.Combine(dir, "frozen", "a.mpy"), new byte[] { 0x4D, 0x06, 0x00 });
        var r = LauncherProcess.Run(dir, null, Timeout, "--firmware", dir, "-c", "print(1)");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("micropython: bad firmware bundle: frozen/a.mpy: incompatible .mpy file\n", r.Stderr);
    }
}
