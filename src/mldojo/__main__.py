from mldojo.cli.app import main

main()
