; Windows Explorer integration for the CPack NSIS installer: *.portolan opens in Portolan.
; Included from CPACK_NSIS_EXTRA_INSTALL_COMMANDS and CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
; (installer/CMakeLists.txt); kept in its own file so that no NSIS backslash has to survive
; CMake's string escaping.
!ifndef PORTOLAN_FILEASSOC_NSH
!define PORTOLAN_FILEASSOC_NSH

!define PORTOLAN_PROGID "Portolan.Design.1"

!macro PortolanRegisterFileType
  WriteRegStr SHCTX "Software\Classes\.portolan" "" "${PORTOLAN_PROGID}"
  WriteRegStr SHCTX "Software\Classes\.portolan" "Content Type" "application/x-portolan-design"
  WriteRegStr SHCTX "Software\Classes\.portolan\OpenWithProgids" "${PORTOLAN_PROGID}" ""
  WriteRegStr SHCTX "Software\Classes\${PORTOLAN_PROGID}" "" "Portolan design"
  WriteRegStr SHCTX "Software\Classes\${PORTOLAN_PROGID}\DefaultIcon" "" "$INSTDIR\bin\portolan.exe,0"
  WriteRegStr SHCTX "Software\Classes\${PORTOLAN_PROGID}\shell\open\command" "" '"$INSTDIR\bin\portolan.exe" "%1"'
  ; Tell Explorer to refresh its icons and associations (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!macro PortolanUnregisterFileType
  ; Only take .portolan back if it still points at us.
  ReadRegStr $0 SHCTX "Software\Classes\.portolan" ""
  StrCmp $0 "${PORTOLAN_PROGID}" 0 +2
    DeleteRegKey SHCTX "Software\Classes\.portolan"
  DeleteRegKey SHCTX "Software\Classes\${PORTOLAN_PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!endif
