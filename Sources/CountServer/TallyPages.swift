/// Tally mode's two pages, in the style of `CountPages` (its style and script helpers; no external assets, every
/// figure put on the page with `textContent`): the clerk's entry of a group's sheet, keyboard only (`Enter` moves to
/// the next figure and, on the last, saves), and the head's figure-by-figure reconciliation.
enum TallyPages {
    static let entry = """
    <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Nhập biên bản kiểm đếm</title>\(CountPages.style)
    <style>td input{width:5em;text-align:right}</style></head><body>
    <h1>Nhập biên bản kiểm đếm của tổ — <span id="who"></span></h1><p id="msg" class="err"></p>
    <div id="login"><label>Mã truy cập <input id="token" type="password" autocomplete="off" autofocus></label>
    <button id="go">Vào</button></div>
    <div id="choose" class="hidden"><label>Lần bầu <select id="round"></select></label>
    <label>Tổ kiểm phiếu số <input id="group" type="number" min="1" value="1" style="width:4em"></label>
    <button id="start">Nhập biên bản của tổ</button></div>
    <div id="enter" class="hidden"><h2 id="where"></h2>
    <table id="sheet"></table><p id="check"></p>
    <p><kbd>Enter</kbd>: sang ô sau; ở ô cuối: lưu biên bản · <kbd>Esc</kbd>: về chọn tổ (không lưu)</p></div>
    <p id="saved" class="ok"></p>
    <script>
    \(CountPages.common)
    let rounds=[],R=null,group=1,form=null,correction=false;
    document.getElementById('go').onclick=async()=>{await login('clerk');const s=await api('GET','/api/state');
      rounds=s.rounds.filter(r=>!r.published);const sel=document.getElementById('round');sel.replaceChildren();
      rounds.forEach((r,i)=>{const o=el('option','Bầu '+r.body+' — lần '+r.round);o.value=i;sel.appendChild(o)});
      document.getElementById('login').classList.add('hidden');document.getElementById('choose').classList.remove('hidden');sel.focus()};
    document.getElementById('token').addEventListener('keydown',e=>{if(e.key==='Enter')document.getElementById('go').click()});
    document.getElementById('group').addEventListener('keydown',e=>{if(e.key==='Enter')document.getElementById('start').click()});
    function q(){return 'election='+encodeURIComponent(R.election)+'&round='+R.round}
    function inputs(){return [...document.querySelectorAll('#sheet input')]}
    document.getElementById('start').onclick=async()=>{try{R=rounds[+document.getElementById('round').value];group=+document.getElementById('group').value;
      form=await api('GET','/api/tally/form?'+q());
      if(group<1||group>form.groups)throw new Error('Tổ số '+group+' không có (có '+form.groups+' tổ)');
      const mine=await api('GET','/api/tally/sheet?'+q()+'&group='+group);correction=mine.length>0;
      const before={};if(correction)mine[0].sheet.split(';').forEach(p=>{const [k,v]=p.split('=');before[k]=v});
      const t=document.getElementById('sheet');t.replaceChildren();
      form.fields.forEach(f=>{const tr=el('tr');tr.appendChild(el('td',f.label));const td=el('td');const i=el('input');i.type='number';i.min='0';
        i.name=f.name;i.value=before[f.name]??'';i.addEventListener('keydown',key);i.addEventListener('input',check);td.appendChild(i);tr.appendChild(td);t.appendChild(tr)});
      document.getElementById('where').textContent='Bầu '+R.body+' — lần '+R.round+' — tổ '+group+(correction?' (sửa biên bản đã nhập)':'');
      document.getElementById('choose').classList.add('hidden');document.getElementById('enter').classList.remove('hidden');
      document.getElementById('msg').textContent='';document.getElementById('saved').textContent='';check();inputs()[0].focus()}
      catch(e){document.getElementById('msg').textContent=e.message}};
    function values(){const v={};inputs().forEach(i=>{v[i.name]=i.value===''?null:+i.value});return v}
    // What the sheet must satisfy, shown as the clerk types (the server checks the same and refuses otherwise).
    function check(){const v=values(),inv=Object.keys(v).filter(k=>k.startsWith('invalid.')).reduce((s,k)=>s+(v[k]||0),0);
      const votes=Object.keys(v).filter(k=>k.startsWith('votes.')).reduce((s,k)=>s+(v[k]||0),0);
      document.getElementById('check').textContent='Hợp lệ '+(v.valid??'?')+' + không hợp lệ '+inv+' = '+((v.valid||0)+inv)+' (số phiếu tổ kiểm: '+(v.ballots??'?')+') · tổng số phiếu bầu các tên '+votes+' (tối đa '+R.seats+' × hợp lệ = '+R.seats*(v.valid||0)+')'}
    async function key(e){if(e.key==='Escape'){e.preventDefault();back();return}
      if(e.key!=='Enter')return;e.preventDefault();const all=inputs(),i=all.indexOf(e.target);
      if(i<all.length-1){all[i+1].focus();all[i+1].select();return}
      const v=values(),missing=form.fields.find(f=>v[f.name]===null);
      if(missing){document.getElementById('msg').textContent='Chưa nhập: '+missing.label;all.find(x=>x.name===missing.name).focus();return}
      try{const a=await api('POST','/api/tally/enter',{election:R.election,round:R.round,group,fields:v,correction});
        document.getElementById('saved').textContent='Đã lưu biên bản tổ '+a.group+(a.revision?' (sửa lần '+a.revision+')':'');back()}
      catch(err){document.getElementById('msg').textContent=err.message}}
    function back(){document.getElementById('enter').classList.add('hidden');document.getElementById('choose').classList.remove('hidden');
      const g=document.getElementById('group');g.focus();g.select()}
    </script></body></html>
    """

    static let head = """
    <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trưởng Ban Kiểm phiếu — kiểm theo tổ</title>\(CountPages.style)
    <style>td input{width:5em;text-align:right}</style></head><body>
    <h1>Đối chiếu biên bản kiểm đếm của các tổ — <span id="who"></span></h1><p id="msg" class="err"></p>
    <div id="login"><label>Mã truy cập <input id="token" type="password" autocomplete="off" autofocus></label><button id="go">Vào</button></div>
    <div id="work" class="hidden">
    <label>Lần bầu <select id="round"></select></label>
    <p>Số phiếu phát ra, thu về: ghi ở trang <a href="/truong-ban">Trưởng Ban Kiểm phiếu</a>.</p>
    <h2>Các tổ</h2><table id="groups"></table>
    <h2>Số liệu nhập khác nhau</h2><div id="recon"></div>
    <h2>Công bố</h2><ul id="problems"></ul><button id="publish">Công bố kết quả</button><p id="published" class="ok"></p>
    </div>
    <script>
    \(CountPages.common)
    let rounds=[],R=null;
    function q(){return 'election='+encodeURIComponent(R.election)+'&round='+R.round}
    async function refresh(){const s=await api('GET','/api/state');rounds=s.rounds;const sel=document.getElementById('round');const keep=sel.value;sel.replaceChildren();
      rounds.forEach((r,i)=>{const o=el('option','Bầu '+r.body+' — lần '+r.round+(r.published?' (đã công bố)':''));o.value=i;sel.appendChild(o)});
      if(keep!=='')sel.value=keep;R=rounds[+sel.value||0];await recon()}
    async function recon(){if(!R)return;const r=await api('GET','/api/tally/reconciliation?'+q());
      const t=document.getElementById('groups');t.replaceChildren();const h=el('tr');['Tổ','Người nhập','Đủ người nhập','Đã khớp'].forEach(x=>h.appendChild(el('th',x)));t.appendChild(h);
      for(const g of r.groups){const tr=el('tr');tr.appendChild(el('td',g.number,'n'));tr.appendChild(el('td',g.clerks.join(', ')));
        tr.appendChild(el('td',g.complete?'✓':''));tr.appendChild(el('td',g.settled?'✓':''));t.appendChild(tr)}
      const box=document.getElementById('recon');if(box.contains(document.activeElement))return;box.replaceChildren();
      if(!r.mismatches.length)box.appendChild(el('p','Không có chênh lệch.'));
      for(const m of r.mismatches){const d=el('div');d.appendChild(el('h3','Tổ '+m.group+': '+m.label+(m.decision!=null?' — đã quyết định '+m.decision:'')));
        d.appendChild(el('p',m.values.map(x=>x.clerk+': '+x.value).join(' · ')));
        const l=el('label','Số đúng (theo biên bản giấy hoặc kiểm đếm lại) ');const i=el('input');i.type='number';i.min='0';
        i.addEventListener('keydown',e=>{if(e.key==='Enter'&&i.value!=='')decide(m,+i.value)});l.appendChild(i);d.appendChild(l);
        if(m.decision!=null)d.appendChild(el('p','Quyết định: '+m.decision+' ('+m.decided_by+', '+m.decided_at+')','ok'));box.appendChild(d)}
      const p=document.getElementById('problems');p.replaceChildren();r.problems.forEach(x=>p.appendChild(el('li',x,'err')));
      if(!r.problems.length)p.appendChild(el('li','Cân đối: có thể công bố.','ok'))}
    async function decide(m,value){try{await api('POST','/api/tally/decide',{election:R.election,round:R.round,group:m.group,field:m.field,value});
      document.getElementById('msg').textContent='';document.activeElement.blur();await recon()}
      catch(e){document.getElementById('msg').textContent=e.message}}
    document.getElementById('go').onclick=async()=>{await login('head');document.getElementById('login').classList.add('hidden');
      document.getElementById('work').classList.remove('hidden');await refresh()};
    document.getElementById('token').addEventListener('keydown',e=>{if(e.key==='Enter')document.getElementById('go').click()});
    document.getElementById('round').onchange=refresh;
    document.getElementById('publish').onclick=async()=>{try{const p=await api('POST','/api/publish',{election:R.election,round:R.round});
      document.getElementById('published').textContent='Đã công bố. Trúng cử: '+p.elected.join(', ')+'. Mã kiểm tra: '+p.check_code;await refresh()}
      catch(e){document.getElementById('msg').textContent=e.message}};
    setInterval(()=>{if(R)recon().catch(()=>{})},3000);
    </script></body></html>
    """
}
