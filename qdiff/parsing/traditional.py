"""Traditional characters in a notice published in simplified characters.

Third-party mirrors that convert a page to traditional characters and back leave some of them
behind, or pick the wrong one of several (方面 → 方麵, 发展 → 髮展). The text is kept as published;
the warning tells the reader that a character may not be the original one. Mainland district
notices are written in simplified characters, so any of these is worth a look.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qdiff.notice import ParseWarning, WarningCode
from qdiff.parsing.lines import Line

# Common characters that exist only in traditional writing: each has a simplified form other
# than itself, and none is itself a simplified character (checked against OpenCC's
# TSCharacters/STCharacters tables when the list was made). Common ones only: a rare
# character left out just goes unreported.
TRADITIONAL_ONLY = frozenset(
    "來個們備劃動務區員問國報場夠奪婦學實寧審寶將對導屬島嶺師幹廠廣廳張強彈後徑從復態"
    "慣應懷戰戲戶擁擇擊擔據擴攝敵數斷時晉書會東條業標樣樹橋機檢權歐歲歷殘殺氣決沒況淨"
    "測準溫滿漢濕濟灣災為烏無煙熱燈營爭牆狀獎獨獲現環產畢畫異當療發盜盡監盤確碼礎禮稅"
    "種稱穀積穩窮竊競筆節範築簡簽籃籌糧紀約紅紙級紛細終組結絕絡給統絲經綜綠維網緊線緣"
    "練縣縮總織繪續纖罰罷羅義習聖聞聯聲聽肅脅脈腦腫膚臨臺與興舉艦艱莊華萬葉蓋薦藍藝藥"
    "蘇虛號蝦蟲衆術衛衝裏補裝裡複襲見規視親覺覽觀觸訂計訊訓託記訪設許評詢詩該詳認誕語"
    "誠誤說誰課調談請論諮謀謂講謝證識譜譯議護讀變讓讚豐貝負財貢貧貨責貴貸費貿賀資賓賣"
    "賦質賬賴購賽贊贏趕趙趨跡踐蹤車軍軟較載輔輕輪輯輸轉辦辭農這進遊運過遞遠適遷選遺還"
    "邊邏鄉鄭鄰醜醫釋針銀鋼錄錢錯鍋鍵鎮鏈鏡鐘鐵長門閃閉開閒間閱闆闊關陰陳陸陽隊際隨險"
    "隱雖雙雜雞離難雲電霧靈靜韓響頁頂項順須預頒頓領頭頻顆題額顏願類顧顯風飄飛飯飲飽養"
    "餘館馬駐騎驅驗驚體髮鬆鬥鬧魚魯鮮鳥鳴鴻鹽麗麥麵麼黃點黨齊齒齡龍龜"
)
# One character class: the regex engine scans a notice for them far faster than a Python loop
# over its characters (this runs on every notice parsed).
_TRADITIONAL = re.compile(f"[{''.join(sorted(TRADITIONAL_ONLY))}]")
# A notice wholly in traditional characters would otherwise give a warning on every line.
MAX_LINES_REPORTED = 10


def traditional_warnings(lines: Sequence[Line]) -> list[ParseWarning]:
    """One warning per line holding traditional characters (the first ten lines, then one
    warning counting the rest)."""
    affected = [
        (line, "".join(dict.fromkeys(found)))
        for line in lines
        if (found := _TRADITIONAL.findall(line.text))
    ]
    warnings = [
        ParseWarning(
            WarningCode.TRADITIONAL_CHARACTERS,
            f"traditional characters {'、'.join(found)} in simplified text: "
            "a mirror's conversion damage? kept as published",
            line.number,
        )
        for line, found in affected[:MAX_LINES_REPORTED]
    ]
    if len(affected) > MAX_LINES_REPORTED:
        rest = affected[MAX_LINES_REPORTED:]
        warnings.append(
            ParseWarning(
                WarningCode.TRADITIONAL_CHARACTERS,
                f"{len(rest)} more lines hold traditional characters",
                rest[0][0].number,
            )
        )
    return warnings
