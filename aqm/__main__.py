from aqm.cli import main

main()
