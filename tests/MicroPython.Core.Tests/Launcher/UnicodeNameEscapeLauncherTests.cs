using System.IO;
using Xunit;

namespace MicroPython.Tests.Launcher;

/// <summary><c>\N{...}</c> escapes: MicroPython's lexer reports <c>NotImplementedError</c> with no traceback lines.</summary>
public sealed class UnicodeNameEscapeLauncherTests
{
    [Fact]
    public void ScriptWithNameEscapeIsNotImplementedErrorWithoutTraceback()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mpnet-nesc-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "n.py"), "x = 1\ns = '\\N{EM DASH}'\n");
        var r = LauncherProcess.Run(dir, null, 30000, "n.py");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("NotImplementedError: unicode name escapes\n", r.Stdout);
    }

    [Fact]
    public void ExecOfNameEscapeRaisesCatchableNotImplementedError()
    {
        var r = LauncherProcess.Run(Path.GetTempPath(), null, 30000, "-c",
            "try:\n    exec(\"'\\\\N{EM DASH}'\")\nexcept NotImplementedError as e:\n    print('caught', e)");
        Assert.Equal("caught unicode name escapes\n", r.Combined);
    }
}
