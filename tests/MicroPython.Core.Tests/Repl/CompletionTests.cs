using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;

namespace MicroPython.Tests.Repl;

/// <summary>Tab completion (repl.md §5).</summary>
public sealed class CompletionTests
{
    /// <summary>A module <c>m</c> in <c>__main__</c> with the given attribute names (values: small ints).</summary>
    private static System.Action<PyRuntime, DictObject> ModuleWith(params string[] names) => (_, globals) =>
    {
        var m = new ModuleObject("m");
        for (int i = 0; i < names.Length; i++)
        {
            m.Globals.SetItem(StrObject.Intern(names[i]), IntObject.Get(i));
        }

        globals.SetItem(StrObject.Intern("m"), m);
    };

    private static string Session(string keys, params string[] names) =>
        ReplSession.Run(keys + "\u0003\u0004", ModuleWith(names)).Output;

    [Fact]
    public void OneCandidateIsInserted()
    {
        Assert.Equal(">>> m.banana\r\n>>> \r\n", Session("m.b\t", "apple", "banana"));
    }

    [Fact]
    public void ACommonPrefixIsInsertedThenTheCandidatesAreListed()
    {
        Assert.Equal(
            ">>> m.app\nappend          apple\n>>> m.app\r\n>>> \r\n",
            Session("m.a\t\t", "apple", "append", "banana"));
    }

    [Fact]
    public void TheListIsLaidOutInSixteenCharacterColumns()
    {
        // The names of MicroPython's sys module and the exact layout repl.md §5 shows for them.
        string[] names =
        [
            "argv", "atexit", "byteorder", "exc_info", "executable", "exit", "implementation", "maxsize", "modules",
            "path", "platform", "print_exception", "ps1", "ps2", "stderr", "stdin", "stdout", "version", "version_info",
        ];
        Assert.Equal(
            ">>> m.\n" +
            "argv            atexit          byteorder       exc_info\n" +
            "executable      exit            implementation  maxsize\n" +
            "modules         path            platform        print_exception\n" +
            "ps1             ps2             stderr          stdin\n" +
            "stdout          version         version_info\n" +
            ">>> m.\r\n>>> \r\n",
            Session("m.\t", names));
    }

    [Fact]
    public void PrivateNamesAreLeftOutOnlyWhenNothingIsTyped()
    {
        Assert.Equal(">>> m.public\r\n>>> \r\n", Session("m.\t", "_private", "public"));
        Assert.Equal(">>> m._private\r\n>>> \r\n", Session("m._p\t", "_private", "public"));
    }

    [Fact]
    public void GlobalsAreSearchedButNotBuiltins()
    {
        Assert.Equal(">>> x = 1\r\n>>> x\r\n1\n>>> \r\n", ReplSession.Output("x = 1\r\t\r"));
        Assert.Equal(">>> pr\r\n>>> \r\n", ReplSession.Output("pr\t\u0003"));
    }

    [Fact]
    public void AttributesOfInstancesAndTypes()
    {
        Assert.Equal(
            ">>> s = 'abc'\r\n>>> s.startswith\r\n>>> \r\n",
            ReplSession.Output("s = 'abc'\rs.sta\t\u0003"));
        Assert.Equal(
            ">>> class C:\r\n...     value = 1\r\n...     \r\n...     \r\n... \r\n>>> c = C()\r\n>>> c.value\r\n1\n>>> \r\n",
            ReplSession.Output("class C:\rvalue = 1\r\r\r\rc = C()\rc.v\t\r"));
    }

    [Fact]
    public void AnUnknownPrefixCompletesNothing()
    {
        Assert.Equal(">>> nothing.x\r\n>>> \r\n", ReplSession.Output("nothing.x\t\u0003"));
    }

    [Fact]
    public void AFirstWordPrefixOfImportCompletesToImport()
    {
        Assert.Equal(">>> import sys\r\n>>> sys\r\n<module 'sys'>\n>>> \r\n", ReplSession.Output("i\tsys\rsys\r"));
    }

    [Fact]
    public void AfterImportTheBuiltInModulesAreTheCandidates()
    {
        Assert.Equal(">>> import micropython\r\n>>> \r\n", ReplSession.Output("import micropy\t\r"));
    }

    [Fact]
    public void CompletionInTheMiddleOfALineRedrawsTheTail()
    {
        Assert.Equal(">>> (m.)\bb)\banana)\b\r\n0\n>>> \r\n", ReplSession.Run("(m.)\u001b[Db\t\r\u0004", ModuleWith("banana")).Output);
    }
}
